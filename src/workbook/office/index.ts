export { OfficeWorkbook, type OfficeWorkbookOptions } from './office-workbook';
export { AlreadyInWorkbook } from './render';
export {
  checkRequirements,
  supportsCopyFrom,
  supportsMultiArea,
  type RequirementCheck,
} from './requirements';
