/** The numbers of a chart as an HTML table: the chart's text alternative and its print form. */

export interface ChartTableData {
  /** Column headers; the first column names the row. */
  columns: readonly string[];
  /** Cells already formatted for the reader's language. */
  rows: readonly (readonly string[])[];
  /** A tooltip for each row's first cell (the ids behind a name), by row. */
  rowTitles?: readonly (string | undefined)[];
}

export function ChartTable({ caption, data }: { caption: string; data: ChartTableData }) {
  return (
    <table className="chart-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {data.columns.map((column, index) => (
            <th key={index} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {data.rows.map((row, rowIndex) => (
          <tr key={rowIndex}>
            {row.map((cell, index) =>
              index === 0 ? (
                <th key={index} scope="row" title={data.rowTitles?.[rowIndex]}>
                  {cell}
                </th>
              ) : (
                <td key={index}>{cell}</td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
