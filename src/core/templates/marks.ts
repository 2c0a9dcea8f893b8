/**
 * Defined names by which Trépied recognises the print pages it wrote into a workbook (issue 15:
 * the dialogue de gestion). Each page gets one workbook-scope name, `<mark>_<n>`, referring to its
 * cell A1: Excel keeps the reference on the sheet when it is renamed and turns it into #REF! when
 * the sheet is deleted, so a sheet a person created under the same name never carries it.
 */
export const DIALOGUE_MARK = 'Trepied_Dialogue';
