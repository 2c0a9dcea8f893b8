import { enteredTables, type CheckResult } from '../check';
import { renderIssue } from '../i18n/render';
import type { WorkbookPlan } from '../plan/types';
import { getTemplate } from '../templates';
import type { TemplateDef } from '../templates/types';
import { buildBilan, type BilanOptions } from './build';
import { porteursOf } from './names';

/** A bilan that cannot be made from this workbook: the message says why, in French. */
export class BilanRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BilanRefused';
  }
}

/** The template of a checked workbook, or a French refusal naming why it is not recognised. */
export function templateOf(result: CheckResult, name: string): TemplateDef {
  const t = result.template ? getTemplate(result.template) : undefined;
  if (!t) {
    const why = result.issues.map((i) => renderIssue(i, 'fr')).join(' ');
    throw new BilanRefused(`« ${name} » n'est pas un classeur Trépied reconnu : ${why}`);
  }
  return t;
}

/**
 * The bilan of a checked workbook, as `trepied bilan` and the pane both make it: refused, with a
 * French message, when the workbook is not Trépied's or the porteur names no action of it.
 * @example bilanOf(checkWorkbook(values), 'suivi.xlsx', { period: 'T2' }).sheets[0].name // "Bilan"
 */
export function bilanOf(result: CheckResult, name: string, options: BilanOptions): WorkbookPlan {
  const t = templateOf(result, name);
  if (!t.evidence)
    throw new BilanRefused(
      `Le bilan porte sur les actions d'un classeur ca ou cpts ; « ${name} » est un classeur « ${t.title.fr} » (modèle ${t.id}) : ses scores sont dans sa feuille ${t.summarySheet}.`,
    );
  const porteur = options.porteur?.trim();
  if (porteur !== undefined) {
    const owners = porteursOf(result);
    if (!owners.some((o) => o.toLowerCase() === porteur.toLowerCase()))
      throw new BilanRefused(
        `Porteur « ${porteur} » absent des actions de « ${name} »${owners.length ? ` : ${owners.map((o) => `« ${o} »`).join(', ')}` : ''}.`,
      );
  }
  const scoped: BilanOptions = { ...options };
  delete scoped.porteur;
  if (porteur) scoped.porteur = porteur;
  return buildBilan(t, enteredTables(result.records), scoped);
}
