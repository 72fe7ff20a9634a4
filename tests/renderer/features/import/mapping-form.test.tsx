import { cleanup, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MappingForm } from '../../../../renderer/features/import/mapping-form';
import { listFieldPaths } from '../../../../shared/import/field-paths';
import { suggestMapping, type FieldMapping } from '../../../../shared/import/field-mapping';
import { renderInI18n } from '../keyboard/render-in-i18n';

afterEach(cleanup);

const NOW = '2026-11-28T12:00:00.000Z';
const SAMPLES = [
  { uid: 'a1', response: '您好，退款將於五個工作天內退回。', metadata: { model: 'gpt-x' } },
  { uid: 'a2', response: '', metadata: { model: 'gpt-x' } },
  { uid: 'a3', response: '<img src=x onerror=alert(1)> =HYPERLINK("x")', metadata: {} },
];
const PATHS = listFieldPaths(SAMPLES[0]!);

/** The form with its mapping held like the import screen holds it. */
function Harness({
  initial,
  onChange,
}: {
  initial: FieldMapping;
  onChange?: (m: FieldMapping) => void;
}) {
  const [mapping, setMapping] = useState(initial);
  return (
    <MappingForm
      paths={PATHS}
      samples={SAMPLES}
      mapping={mapping}
      onChange={(next) => {
        setMapping(next);
        onChange?.(next);
      }}
      now={NOW}
    />
  );
}

const previewRows = () => within(screen.getByRole('table')).getAllByRole('row').slice(1);

describe('the field mapping screen', () => {
  it('shows the suggested mapping, nested fields included', () => {
    renderInI18n(<Harness initial={suggestMapping(PATHS)} />);
    expect(screen.getByRole('combobox', { name: /Draft \(the model's output\)/ })).toHaveValue(
      'response',
    );
    expect(screen.getByRole('combobox', { name: 'Model' })).toHaveValue('metadata.model');
    expect(screen.getByRole('combobox', { name: 'Draft id' })).toHaveValue('');
  });

  it('previews the first rows as they will be imported, with the problem of each', () => {
    renderInI18n(<Harness initial={suggestMapping(PATHS)} />);
    const [first, second, third] = previewRows();
    expect(first).toHaveTextContent('您好，退款將於五個工作天內退回。');
    expect(first).toHaveTextContent('gpt-x');
    expect(second).toHaveTextContent('response: missing draft');
    // Hostile text is shown as text: no element is created from it.
    expect(third).toHaveTextContent('<img src=x onerror=alert(1)> =HYPERLINK("x")');
    expect(third!.querySelector('img')).toBeNull();
  });

  it('changing a field updates the mapping and the preview', async () => {
    const onChange = vi.fn();
    const { user } = renderInI18n(<Harness initial={suggestMapping(PATHS)} onChange={onChange} />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Draft id' }), 'uid');
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'uid' }));
    expect(previewRows()[0]).toHaveTextContent('a1');

    await user.selectOptions(
      screen.getByRole('combobox', { name: /Draft \(the model's output\)/ }),
      '',
    );
    expect(onChange.mock.lastCall?.[0]).not.toHaveProperty('draft');
    expect(previewRows()[0]).toHaveTextContent('draft: missing draft');
  });

  it('speaks Traditional Chinese', () => {
    renderInI18n(<Harness initial={{}} />, 'zh-TW');
    expect(screen.getByRole('heading', { name: '將檔案欄位對應到草稿' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: /草稿（模型輸出）/ })).toHaveValue('');
    expect(screen.getAllByRole('option', { name: '— 檔案中沒有 —' }).length).toBeGreaterThan(0);
  });
});
