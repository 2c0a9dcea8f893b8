import type { ColumnDef, ListDef, StatusLabels } from './types';

/** Pieces both templates use; names stay the contract's (WORKBOOKS.md). */
export const PROOF_KINDS: [string, string, string] = [
  'Quantitatif (chiffres)',
  'Qualitatif (témoignages)',
  'Observable (documents, livrables)',
];
/** The link of the value chain an output-only proof supports (seed 000: Réalisations). */
export const OUTPUT_LINK = 'Réalisations';
export const MISSING_LABELS: [string, string, string] = ['chiffre', 'témoignage', 'livrable'];
export const STATUS_LABELS: StatusLabels = {
  reached: 'Atteint',
  partial: 'Partiellement atteint',
  notReached: 'Non atteint',
  unknown: 'Non renseigné',
  inProgress: 'En cours',
};

/** Seed 002 gives increases and decreases alike (« diminution de nouveaux cas annuels de tuberculose »). */
export const DIRECTION = {
  column: 'direction',
  up: 'Hausse souhaitée',
  down: 'Baisse souhaitée',
} as const;
export const DIRECTIONS_LIST: ListDef = {
  name: 'EvolutionsSouhaitees',
  title: 'Évolutions souhaitées',
  values: [DIRECTION.up, DIRECTION.down],
  extensible: false,
};

export const L = {
  ouiNon: 'OuiNon',
  ouiNonEnPartie: 'OuiNonEnPartie',
  ouiNonPartiellement: 'OuiNonPartiellement',
  typesPreuve: 'TypesPreuve',
} as const;

export const commonLists: ListDef[] = [
  { name: L.ouiNon, title: 'OUI / NON', values: ['OUI', 'NON'], extensible: false },
  { name: L.typesPreuve, title: 'Types de preuve', values: [...PROOF_KINDS], extensible: false },
];

/**
 * The evidence columns of a record (Actions in ca, Projets in cpts), counting the proofs whose
 * `countBy` column holds each kind (the type itself, or ca's « Preuve comptée »).
 */
export function evidenceColumns(
  keyId: string,
  table: string,
  keyColumn: string,
  countBy = 'type',
): ColumnDef[] {
  const count = (id: string, header: string, kind: string): ColumnDef => ({
    id,
    header,
    kind: 'integer',
    width: 13,
    computed: {
      kind: 'countRelated',
      key: keyId,
      table,
      column: keyColumn,
      filter: [countBy, kind],
    },
  });
  return [
    count('proofsQuant', 'Preuves quantitatives', PROOF_KINDS[0]),
    count('proofsQual', 'Preuves qualitatives', PROOF_KINDS[1]),
    count('proofsObs', 'Preuves observables', PROOF_KINDS[2]),
    {
      id: 'triangulation',
      header: 'Triangulation',
      kind: 'text',
      width: 14,
      computed: {
        kind: 'triangulation',
        key: keyId,
        counts: ['proofsQuant', 'proofsQual', 'proofsObs'],
      },
      highlight: { equals: 'NON', tone: 'amber' },
    },
    {
      id: 'missingProofs',
      header: 'Preuves manquantes',
      kind: 'text',
      width: 26,
      computed: {
        kind: 'missingProofs',
        key: keyId,
        counts: ['proofsQuant', 'proofsQual', 'proofsObs'],
        labels: MISSING_LABELS,
      },
    },
  ];
}

/** The Preuves table, keyed by the record column of the template. */
export function proofColumns(
  keyHeader: string,
  keyList: string,
  linkHeader = 'Lien ou référence',
): ColumnDef[] {
  return [
    { id: 'key', header: keyHeader, kind: 'reference', list: keyList, required: true, width: 16 },
    {
      id: 'type',
      header: 'Type de preuve',
      kind: 'choice',
      list: L.typesPreuve,
      required: true,
      width: 30,
    },
    { id: 'proof', header: 'Preuve', kind: 'longtext', required: true, width: 45 },
    { id: 'source', header: 'Source', kind: 'text', width: 28 },
    { id: 'date', header: 'Date', kind: 'date', width: 12 },
    { id: 'link', header: linkHeader, kind: 'text', width: 28 },
    { id: 'limits', header: 'Limites et biais', kind: 'longtext', width: 40 },
  ];
}

/**
 * After a template's Preuves columns: the link of the value chain a proof supports, and whether
 * it counts (seed 000: described, sourced, more than an output), for `ca` and `cpts` alike.
 */
export const proofCountColumns: ColumnDef[] = [
  {
    id: 'supports',
    header: 'Maillon de la chaîne étayé',
    kind: 'choice',
    list: 'MaillonsChaine',
    width: 18,
    help: {
      fr: 'Ce que la preuve établit. Un livrable seul prouve une réalisation, pas un impact : il ne garantit pas son usage effectif (« Les bases de l’impact »).',
      en: 'What the proof establishes. A deliverable alone proves an output, not an impact: it does not show it is used.',
    },
  },
  {
    id: 'counted',
    header: 'Preuve comptée',
    kind: 'text',
    width: 30,
    computed: {
      kind: 'countedProof',
      type: 'type',
      needs: [
        { column: 'proof', label: 'preuve non décrite' },
        { column: 'source', label: 'source non indiquée' },
      ],
      excluded: {
        column: 'supports',
        value: OUTPUT_LINK,
        label: 'étaie une réalisation, pas l’impact',
      },
      prefix: 'Non comptée : ',
    },
  },
];

/** The links of the value chain a proof may support (list of « Maillon de la chaîne étayé »). */
export const PROOF_LINKS_LIST: ListDef = {
  name: 'MaillonsChaine',
  title: 'Maillons de la chaîne de valeur',
  values: [OUTPUT_LINK, 'Résultat', 'Effet', 'Impact'],
  extensible: false,
};
