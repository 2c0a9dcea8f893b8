import type ExcelJS from 'exceljs';

interface SheetModel {
  id: number;
  orderNo: number;
  name: string;
  state: string;
}

interface BookModel {
  worksheets: SheetModel[];
  definedNames?: unknown[];
}

/** Add every sheet and defined name of `source` after the sheets of `target`. */
export function mergeInto(target: ExcelJS.Workbook, source: ExcelJS.Workbook): void {
  const into = target.model as unknown as BookModel;
  const from = source.model as unknown as BookModel;
  const lastId = Math.max(0, ...into.worksheets.map((ws) => ws.id));
  const added = from.worksheets.map((ws, i) => ({
    ...ws,
    id: lastId + 1 + i,
    orderNo: into.worksheets.length + i,
  }));
  const worksheets = [...into.worksheets, ...added];
  target.model = {
    ...into,
    worksheets,
    // The model setter orders the sheets by their place in this list.
    sheets: worksheets.map(({ id, name, state }) => ({ id, name, state })),
    definedNames: [...(into.definedNames ?? []), ...(from.definedNames ?? [])],
  } as unknown as ExcelJS.WorkbookModel;
}
