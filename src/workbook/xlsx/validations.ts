import type { ValidationPlan } from '../../core/plan/types';
import { xmlText } from './xml-text';

/*
 * A sheet's data validations as its <dataValidations> element (ECMA-376 §18.3.1.33), written
 * here rather than through ExcelJS, whose worksheet offers them only through an undeclared
 * member (worksheet.dataValidations): the same element ExcelJS 4.4 writes (one per range, ranges
 * in string order, a later validation of a range replacing an earlier one, the same attributes),
 * so files read back as before. Both writers get it from render.ts's repairPackage.
 */

const serialOf = (d: Date) => 25569 + d.getTime() / 86_400_000;

function formulaText(v: ValidationPlan, f: string | number | Date): string {
  if (v.type === 'date') return String(serialOf(f instanceof Date ? f : new Date(f)));
  return xmlText(String(f));
}

function validationXml(v: ValidationPlan): string {
  const attrs: [string, string | undefined][] = [
    ['type', v.type],
    [
      'operator',
      v.operator && v.type !== 'list' && v.operator !== 'between' ? v.operator : undefined,
    ],
    ['allowBlank', '1'],
    ['showInputMessage', v.prompt ? '1' : undefined],
    ['promptTitle', v.prompt?.title || undefined],
    ['prompt', v.prompt?.text || undefined],
    ['showErrorMessage', '1'],
    ['errorStyle', v.style || undefined],
    ['errorTitle', v.error.title || undefined],
    ['error', v.error.text || undefined],
    ['sqref', v.range],
  ];
  const open = attrs
    .filter((a): a is [string, string] => a[1] !== undefined)
    .map(([k, x]) => ` ${k}="${xmlText(x)}"`)
    .join('');
  const formulae = v.formulae
    .map((f, i) => `<formula${i + 1}>${formulaText(v, f)}</formula${i + 1}>`)
    .join('');
  return `<dataValidation${open}>${formulae}</dataValidation>`;
}

/** The <dataValidations> element of a sheet's validations ('' when there is none). */
export function dataValidationsXml(validations: readonly ValidationPlan[]): string {
  const byRange = new Map<string, ValidationPlan>();
  for (const v of validations) byRange.set(v.range, v);
  if (byRange.size === 0) return '';
  const ranges = [...byRange.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const items = ranges.map((r) => validationXml(byRange.get(r) as ValidationPlan));
  return `<dataValidations count="${items.length}">${items.join('')}</dataValidations>`;
}
