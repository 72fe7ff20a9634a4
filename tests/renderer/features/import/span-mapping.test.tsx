/**
 * Issue 12, point 6, on the mapping screen: a spans field is suggested from its name, the unit of
 * its offsets is asked once it is mapped, and the preview names a span that does not fit the
 * draft in the unit chosen (the right unit makes it fit).
 */
import { cleanup, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { MappingForm } from '../../../../renderer/features/import/mapping-form';
import { listFieldPaths } from '../../../../shared/import/field-paths';
import { suggestMapping, type FieldMapping } from '../../../../shared/import/field-mapping';
import { renderInI18n } from '../keyboard/render-in-i18n';

afterEach(cleanup);

// Offsets in code points, as Python writes them: 😀 counts one.
const SAMPLES = [
  {
    id: 'q1',
    output: '😀 台北 rain',
    metadata: { entities: [{ start: 2, end: 4, label: 'LOC', text: '台北' }] },
  },
];
const PATHS = listFieldPaths(SAMPLES[0]!);

function Harness() {
  const [mapping, setMapping] = useState<FieldMapping>(suggestMapping(PATHS));
  return (
    <MappingForm
      paths={PATHS}
      samples={SAMPLES}
      mapping={mapping}
      onChange={setMapping}
      now="2026-12-07T00:00:00.000Z"
    />
  );
}

describe('mapping span annotations', () => {
  it('suggests the spans field, asks its unit, and previews a span that does not fit', async () => {
    expect(suggestMapping(PATHS).spans).toBe('metadata.entities');
    const { user } = renderInI18n(<Harness />);
    expect(
      screen.getByRole('combobox', { name: 'Span annotations (start, end, label)' }),
    ).toHaveValue('metadata.entities');
    const unit = screen.getByRole('combobox', { name: 'Span offsets count' });
    expect(unit).toHaveDisplayValue('UTF-16 code units (JavaScript)');
    expect(
      screen.getByText(/span 1: the draft's text at its offsets is not the text it quotes/),
    ).toBeInTheDocument();

    await user.selectOptions(unit, 'Unicode code points (Python)');
    expect(screen.queryByText(/span 1/)).toBeNull();
    expect(screen.getByText('OK')).toBeInTheDocument();
  });

  it('asks in Traditional Chinese', () => {
    renderInI18n(<Harness />, 'zh-TW');
    expect(screen.getByRole('combobox', { name: '片段位置的計算單位' })).toBeInTheDocument();
    expect(screen.getByText(/第 1 個片段位置上的文字與它引用的文字不符/)).toBeInTheDocument();
  });
});
