import { checkRequirements, supportsMultiArea } from '../../src/workbook/office';
import { excelApiUpTo, noOffice } from './requirements-mock';

afterEach(noOffice);

describe('checkRequirements', () => {
  it('is satisfied from ExcelApi 1.8; getRanges needs 1.9', () => {
    excelApiUpTo(8);
    expect(checkRequirements()).toEqual({ ok: true, missing: [] });
    expect(supportsMultiArea()).toBe(false);
    excelApiUpTo(9);
    expect(supportsMultiArea()).toBe(true);
  });

  it.each([
    [7, ['ExcelApi 1.8']],
    [6, ['ExcelApi 1.8', 'ExcelApi 1.7']],
    [1, ['ExcelApi 1.8', 'ExcelApi 1.7', 'ExcelApi 1.6', 'ExcelApi 1.2']],
  ])('ExcelApi 1.%i lacks %j', (minor, missing) => {
    excelApiUpTo(minor);
    expect(checkRequirements().missing).toEqual(missing);
  });

  it('says in French what is missing and what to do', () => {
    excelApiUpTo(6);
    const check = checkRequirements();
    expect(check.ok).toBe(false);
    expect(check.message).toBe(
      "Cette version d'Excel ne prend pas en charge les listes déroulantes (validation des données) et les propriétés personnalisées du classeur (ExcelApi 1.8) : mettez à jour Excel ou utilisez Excel sur le web.",
    );
  });

  it('reports everything missing outside Office', () => {
    expect(checkRequirements().missing).toHaveLength(4);
  });
});
