import { OfficeMockObject } from 'office-addin-mock';

/** Office.context.requirements through the mock: ExcelApi up to 1.`minor`. */
export function excelApiUpTo(minor: number): void {
  (globalThis as { Office?: unknown }).Office = new OfficeMockObject({
    context: {
      requirements: {
        isSetSupported: (set: string, version: string) =>
          set === 'ExcelApi' && Number(version.split('.')[1]) <= minor,
      },
    },
  });
}

/** Back outside Office: no Office global. */
export function noOffice(): void {
  delete (globalThis as { Office?: unknown }).Office;
}
