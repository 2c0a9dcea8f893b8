import * as fs from 'fs';
import { WORKBOOKS_DOC, renderWorkbookDocs } from '../../scripts/gen-docs';

/** Strings of the workbook contract (WORKBOOKS.md), copied by hand: the doc must carry them. */
const CA_ACTION_HEADERS = [
  'N° action',
  'Objectif opérationnel',
  "Intitulé de l'action",
  'Porteur',
  'Public cible 1',
  'Si autre public cible, précisez',
  'Nombre de bénéficiaires atteints',
  "Territoire d'intervention",
  'Budget prévu (€)',
  'Financement ARS (€)',
  'Les ressources ont été mobilisées comme prévu',
  'Les actions ont été réalisées et sont conformes à la programmation',
  'Les objectifs cibles ont été atteints',
  'Objectifs : justification, éléments clés',
  "Taux d'atteinte moyen (résultats)",
  'Triangulation',
  'Preuves manquantes',
];

const SUMMARY_NAMES = [
  'CA_NbActions',
  'CA_NbActionsTriangulees',
  'CA_TauxTriangulation',
  'CA_NbObjectifsAtteints',
  'CA_NbObjectifsPartiels',
  'CA_NbObjectifsNonAtteints',
  'CA_TauxConformite',
  'CA_BeneficiairesCibles',
  'CA_BeneficiairesAtteints',
  'CA_TauxBeneficiaires',
  'CA_TauxAtteinteActivite',
  'CA_TauxAtteinteResultats',
  'CA_NbPartenaires',
  'CA_NbSecteurs',
  'CA_BudgetTotal',
  'CA_FinancementARS',
  'CA_NbReunionsCopil',
  'CA_TauxPresencePartenaires',
  'CA_TauxCRDiffuses',
  'CA_NbActionsSansIndicateurResultat',
  'CPTS_NbProjets',
  'CPTS_PartProjetsParticipationDirecte',
  'CPTS_UsagersPartenaires',
  'CPTS_NbInformation',
  'CPTS_NbConcertation',
  'CPTS_NbCollaboration',
  'CPTS_NbPartenariat',
  'CPTS_TauxSatisfaction',
  'CPTS_TauxRecommandation',
  'CPTS_NbProjetsTriangules',
  'CPTS_TauxTriangulation',
  'CPTS_ACI_TotalDu',
  'CPTS_ACI_ResteAVerser',
];

describe('docs/workbooks.md', () => {
  const doc = renderWorkbookDocs();

  it('is up to date with the template definitions', () => {
    const onDisk = fs.existsSync(WORKBOOKS_DOC) ? fs.readFileSync(WORKBOOKS_DOC, 'utf8') : '';
    if (onDisk !== doc) {
      throw new Error(
        'docs/workbooks.md is out of date with src/core/templates: run `npx tsx scripts/gen-docs.ts`.',
      );
    }
  });

  it('renders the same text twice (no date, no randomness)', () => {
    expect(renderWorkbookDocs()).toBe(doc);
  });

  it.each(CA_ACTION_HEADERS)('names the ca Actions column « %s »', (header) => {
    expect(doc).toContain(`| \`${header}\``);
  });

  it.each(SUMMARY_NAMES)('documents the summary cell %s', (name) => {
    expect(doc).toContain(`| \`${name}\``);
  });

  it('shows formulas in file syntax (long structured references, escaped apostrophes)', () => {
    expect(doc).toContain('Actions[[#This Row],[N° action]]');
    expect(doc).toContain("Indicateurs[Taux d''atteinte]");
    // The intro mentions [@Colonne] as what French Excel displays; no formula uses it.
    expect(doc.slice(doc.indexOf('## Modèle'))).not.toMatch(/\[@/);
  });
});
