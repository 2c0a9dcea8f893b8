export { OfficeWorkbook, type OfficeWorkbookOptions } from './office-workbook';
export { AlreadyInWorkbook } from './render';
export { checkRequirements, supportsMultiArea, type RequirementCheck } from './requirements';
