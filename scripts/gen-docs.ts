import * as fs from 'fs';
import * as path from 'path';
import { monthLabel } from '../src/core/i18n/lang';
import { computedFormula } from '../src/core/indicators/computed-columns';
import { percentUnits } from '../src/core/indicators/percent-unit';
import { summaryFormula } from '../src/core/indicators/summary';
import { MIGRATIONS } from '../src/core/restore/migrations';
import { OTHERS, PROVENANCE } from '../src/core/restore/names';
import {
  DASHBOARD_HEADER_ROW,
  HELPERS,
  helperColumns,
  lineFormulas,
} from '../src/core/plan/dashboard';
import { TEMPLATE_IDS, columnDef, getTemplate, tableDef } from '../src/core/templates';
import { ACI_FONCTIONNEMENT, ACI_FONCTIONNEMENT_ROW } from '../src/core/templates/cpts';
import { cptsNotes, cptsSyntheseNote } from './docs-notes-cpts';
import { CONTINUUM, START, TOWARDS } from '../src/core/templates/evaluation-items';
import type {
  DashboardDef,
  ColumnDef,
  ListDef,
  MergeKind,
  SummaryDef,
  TableDef,
  TemplateDef,
} from '../src/core/templates/types';

/** docs/workbooks.md, generated from the template definitions (run: npx tsx scripts/gen-docs.ts). */
export const WORKBOOKS_DOC = path.join(__dirname, '..', 'docs', 'workbooks.md');

const FORMATS: Record<SummaryDef['format'], string> = {
  integer: 'nombre entier',
  number: 'nombre',
  percent: 'pourcentage',
  money: 'montant en €',
};

const TONES = { red: 'rouge', amber: 'orangé' } as const;

const MERGE: Record<MergeKind, string> = {
  single:
    'une valeur par champ : celle du premier classeur qui la renseigne ; une autre valeur est un conflit, signalé et reprise dans « Autres données »',
  shared:
    'une ligne identique venue de plusieurs classeurs n’est gardée qu’une fois, de même qu’une ligne dont toutes les valeurs figurent dans une ligne de même clé d’un autre classeur (la plus complète est gardée) ; une même clé avec d’autres valeurs est un conflit signalé, toutes les lignes sont gardées',
  own: 'toutes les lignes de chaque classeur sont gardées',
};

const code = (s: string): string => {
  const ticks = s.includes('`') ? '``' : '`';
  return `${ticks}${s}${ticks}`;
};
const sentence = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const cell = (s: string): string => s.replace(/\|/g, '\\|');
const euros = (n: number): string =>
  `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '\u202f')}\u00a0€`;

/** The display width prettier uses to align markdown tables (one column per code point here). */
const width = (s: string): number => [...s].length;

/** A markdown table laid out as prettier would, so the generated file passes `prettier --check`. */
function table(head: string[], rows: string[][]): string {
  const all = [head, ...rows].map((r) => r.map(cell));
  const widths = head.map((_, j) => Math.max(3, ...all.map((r) => width(r[j] ?? ''))));
  const line = (r: string[]) =>
    `| ${r.map((c, j) => c + ' '.repeat((widths[j] as number) - width(c))).join(' | ')} |`;
  return [
    line(all[0] as string[]),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...all.slice(1).map(line),
  ].join('\n');
}

function kind(c: ColumnDef): string {
  switch (c.kind) {
    case 'text':
      return 'texte';
    case 'longtext':
      return 'texte long';
    case 'id':
      return 'identifiant (texte)';
    case 'integer':
      return 'nombre entier';
    case 'number':
      return 'nombre';
    case 'money':
      return 'montant en €';
    case 'percent':
      return 'pourcentage';
    case 'date':
      return 'date';
    case 'choice':
      return `liste « ${c.list ?? '?'} »`;
    case 'reference':
      return `référence « ${c.list ?? '?'} »`;
  }
}

function listSource(t: TemplateDef, l: ListDef): string {
  if (!('from' in l)) {
    return l.values.length > 0
      ? l.values.map(code).join(' · ')
      : '(vide : à compléter sur la feuille, ou par la configuration)';
  }
  const header = columnDef(tableDef(t, l.from.table), l.from.column).header;
  return `colonne ${code(header)} de la table ${code(l.from.table)}`;
}

function renderTable(t: TemplateDef, def: TableDef): string {
  const out: string[] = [`### Table ${code(def.name)} — feuille ${code(def.sheet)}`, ''];
  if (def.description) out.push(def.description.fr, '');
  const formulas = def.columns.some((c) => c.computed) ? ' et formules' : '';
  const spare =
    def.spareRows > 0
      ? `${def.spareRows} lignes vides prêtes à la saisie (listes déroulantes${formulas} déjà en place)`
      : 'pas de ligne vide en réserve';
  const key = def.key ? `clé : ${code(columnDef(def, def.key).header)} ; ` : '';
  out.push(sentence(`${key}${spare}.`), '');
  const rows = def.columns.map((c) => {
    const how = c.computed
      ? `calculée : ${code(computedFormula(c.computed, { template: t, table: def }))}`
      : 'saisie';
    return [code(c.header), kind(c), c.required ? 'oui' : '', how];
  });
  out.push(table(['Colonne', 'Type', 'Obligatoire', 'Saisie ou formule'], rows), '');
  const helped = def.columns.filter((c) => c.help);
  if (helped.length > 0) {
    out.push('Aide affichée à la saisie (message de la liste déroulante) :', '');
    for (const c of helped) out.push(`- ${code(c.header)} : ${c.help?.fr ?? ''}`);
    out.push('');
  }
  const highlights = def.columns.flatMap((c) => (c.highlight ? [{ c, h: c.highlight }] : []));
  if (highlights.length > 0) {
    const missing = def.columns.find((c) => c.id === 'missingProofs');
    const parts = highlights.map(({ c, h }) => {
      // buildPlan shades the row's Preuves manquantes with its Triangulation.
      const also =
        c.id === 'triangulation' && missing ? ` (et ${code(missing.header)} avec elle)` : '';
      return `${code(c.header)} sur fond ${TONES[h.tone]} quand la valeur est « ${h.equals} »${also}`;
    });
    out.push(`Mise en forme conditionnelle : ${parts.join(' ; ')}.`, '');
  }
  out.push(...percentUnitNote(t, def.name, (id) => columnDef(def, id).header));
  if (def.months) {
    const start = columnDef(def, def.months.start).header;
    const end = columnDef(def, def.months.end).header;
    out.push(
      `Suivent une colonne par mois de la période du programme (en-têtes comme « ${monthLabel(2026, 0, 'fr')} », « ${monthLabel(2026, 0, 'en')} » avec \`--lang en\`, au plus 36 mois), ` +
        `colorées par mise en forme conditionnelle quand le mois chevauche ${code(start)} – ${code(end)} ` +
        `(diagramme de Gantt vivant). Ces colonnes dépendent de la période : leurs en-têtes ne font pas partie du contrat.`,
      '',
    );
  }
  if (def.prefill && def.prefill.length > 0) {
    out.push('Lignes pré-remplies :', '');
    for (const r of def.prefill) {
      const values = def.columns
        .map((c) => r[c.id])
        .filter((v) => v !== null && v !== undefined && v !== '')
        .map((v) => String(v));
      out.push(`- ${values.join(' — ')}`);
    }
    out.push('');
  }
  out.push(`Fusion (\`trepied merge\`) : ${MERGE[def.merge]}.`, '');
  const note = NOTES[`${t.id}.${def.name}`] ?? cptsNotes(code)[`${t.id}.${def.name}`];
  if (note) out.push(note, '');
  return out.join('\n');
}

/** Facts a column definition cannot hold: sources of defaults (WORKBOOKS.md asks to cite them). */
const NOTES: Record<string, string> = {
  'ca.Indicateurs': [
    `Types d'indicateurs (source : ARS Île-de-France, « En pratique : la coopérative d'acteurs en promotion de la santé », 2018, fiche 5, seed 002) : ` +
      `un indicateur de processus « précise les points clefs qui seront suivis lors de la mise en œuvre de l'action » (organisation, répartition des tâches, suivi par les instances) ; ` +
      `un indicateur d'activité « exprime par des données souvent chiffrées la quantité de la production d'une action réalisée (nombre de bénéficiaires, de réunions,...) » : une réunion se compte donc en activité ; ` +
      `un indicateur de résultats juge de l'atteinte de l'objectif (résultat intermédiaire) ou de l'impact sur la santé (résultat final, par exemple la « diminution de nouveaux cas annuels de tuberculose »).`,
    '',
    `Sens et nature (version 3) : un indicateur de résultats peut devoir baisser (seed 002), d'où ${code('Évolution souhaitée')}. ` +
      `${code("Nature de l'indicateur")} dit si la valeur s'additionne sur la période (« Cumul sur la période » : réunions, bénéficiaires) ou se lit à une date (« Niveau ou taux » : un taux, une part, un délai). ` +
      `${code('Valeur réalisée')} suit le ${code('Mode de calcul')} ; laissé vide, il se déduit de la nature (cumul → somme des trimestres, niveau ou taux → dernière valeur), jamais d'une somme supposée : sans nature ni mode, la valeur réalisée reste vide et le contrôle signale la nature manquante. ` +
      `${code("Taux d'atteinte")} : pour un cumul en hausse, réalisée / cible (la valeur initiale d'une période précédente ne se soustrait pas d'un cumul en cours d'année) ; ` +
      `pour un niveau avec valeur initiale, (réalisée − initiale) / (cible − initiale), qui vaut dans les deux sens (45 jours → 35 pour une cible de 30 : 67 %) ; ` +
      `pour une hausse sans valeur initiale, réalisée / cible ; pour une baisse sans valeur initiale, pas de taux : ${code('Statut')} compare réalisée et cible (Atteint si réalisée ≤ cible, sinon Non atteint) ; ` +
      `un cumul en baisse reste « En cours » tant que T4 est vide et la cible non dépassée. ` +
      `${code("Taux d'atteinte retenu (0 à 100 %)")} borne le taux entre 0 et 100 % (1 pour une baisse atteinte, 0 pour une baisse non atteinte) : c'est lui que moyennent les colonnes ${code("Taux d'atteinte moyen (activité)")} et ${code("Taux d'atteinte moyen (résultats)")} des actions et la synthèse, pour qu'un indicateur à 160 % ne cache pas un indicateur à 80 %.`,
  ].join('\n'),
  'ca.Preuves': `La chaise à trois pieds (source : atelier « Les bases de l'impact », seed 000) : une donnée factuelle, un témoignage, une observation ou un livrable, chacun avec sa source et ses limites et biais. ${code('Preuve comptée')} vaut le type de la preuve quand elle est décrite (${code('Preuve')}) et sourcée (${code('Source')}) et qu'elle étaie plus qu'une réalisation ; sinon « Non comptée : » et la raison. Un livrable dont le ${code('Maillon de la chaîne étayé')} est « Réalisations » ne complète pas la chaise d'un impact : « les outils produits existent, mais cela ne garantit pas leur usage effectif ». Laissé vide, le maillon ne retire pas la preuve. Les colonnes de preuves des actions comptent les preuves comptées ; une preuve sans « Limites et biais » est signalée par le contrôle (règle ${code('proof')}).`,
  'ca.Partenaires': `${code('Secteur')} dit le champ d'action (santé, social, éducation, logement…), ${code('Type de structure')} la nature de la structure (association, collectivité territoriale, habitants / usagers…). L'intersectorialité (${code('CA_NbSecteurs')}, levier de réduction des ISTS selon la fiche de l'ARS Île-de-France, seed 002) compte les secteurs distincts, sans « Association », « Collectivité territoriale » ni « Habitants / usagers », réponses de la version 2 qui ne sont pas des secteurs.`,
  'ca.Actions': `Le tableau de suivi des actions par les acteurs et la fiche-action de la convention de partenariat (source : ARS Île-de-France, « En pratique : la coopérative d'acteurs », 2018, fiches 4 et 5, seed 002) : ${code("Contenu de l'action")}, ${code("Modes d'intervention")} et ${code("Lieux précis de réalisation de l'action")} sont les rubriques de la fiche-action (article 2) ; les niveaux de participation des habitants, attendu et observé, répondent à « définir en amont une stratégie intégrant les objectifs, les niveaux de participation attendus, les modalités de mobilisation, de suivi et d'évaluation de la participation » (échelle information → concertation → collaboration → partenariat de l'atelier « Comment faire vivre ma CPTS avec et pour les usagers ? », seed 003). Les colonnes ${code("Nombre d'indicateurs de processus")}, d'activité et de résultats comptent les indicateurs : elles ne sont pas les colonnes du tableau de bord du COPIL, qui les nomme. Un financement ARS se lit par porteur et par année (règle ${code('subsidy')} : loi n° 2000-321 art. 10, décret n° 2001-495 art. 1 ; le guide de l'ARS parle d'une subvention « égale ou supérieure à 23 000 euros par an »).`,
  'ca.Contribution': `Les quatre questions de contribution (« Est-ce que l'action a contribué à … améliorer la dynamique de coopération ? … l'amélioration des pratiques ? … activer des leviers permettant d'agir sur les ISTS ? … l'amélioration du parcours de santé des bénéficiaires ? », Oui / Non / Partiellement) et les leviers ISTS que nomme la fiche 5 de l'ARS Île-de-France (seed 002) : intersectorialité, prise en compte des déterminants sociaux, participation des habitants ; « Leviers ISTS : lesquels ? » garde les autres. Chaque réponse est comptée sur la synthèse, « Partiellement » à part.`,
  'ca.Instances': `Les instances de pilotage de la fiche 3 de l'ARS Île-de-France (seed 002 : « des réunions régulières du comité de pilotage », un comité technique, des réunions opérationnelles, les bilans). La présence se lit par instance (${code('CA_TauxPresenceCopil')}, ${code('CA_TauxPresenceCotech')}) avant le taux toutes instances confondues ; les habitants présents se comptent à part des partenaires (« constituer un comité de pilotage avec un représentant de tous les acteurs du projet et des habitants si possible »). Une réunion est un indicateur d'activité (« nombre de bénéficiaires, de réunions »).`,
  'ca.ChaineValeur': `Chaîne de valeur et cinq caractéristiques de l'impact (source : atelier « Les bases de l'impact au sein d'un dispositif de coordination », Universités de la coordination en santé 2025, seed 000) : Ressources → Activités → Réalisations → Résultat → Effet → Impact ; Durabilité, Utilité, Attribution, Transformation, Multiplicité, définies dans le message de saisie de chaque colonne.`,
  'evaluation.Evaluations': `Les deux évaluations comparées. ${code('Niveau de coopération')} se choisit sur le continuum de la coopération de l'Approche Impacts Collectifs (ANCT, seed 004), de la rivalité à la confiance : ${CONTINUUM.map((c, i) => `${i + 1} ${c.level} (« ${c.description} »)`).join(' ; ')}. ${code('Rang de coopération')} en est le rang, de 1 à 7. Une réponse saisie dans une grille pour une évaluation sans date est signalée (règle ${code('assessment-date')}).`,
  'evaluation.GrilleImpact': `Source : guide IMPACT, programme d'accompagnement sur un territoire (Pôle Santé Chambéry, CPTS Sud-Est Grenoblois, seed 001). Les conditions socles d'implémentation sur quatre dimensions (les professionnels, le territoire, le lieu d'intervention, la structuration et le financement), chacune en deux colonnes : « ${START} » (1A à 4A) et « ${TOWARDS} » (1B à 4B) ; les 8 registres d'activités (quatre domaines, accompagnements individuels et démarches collectives / territoriales) ; les 8 critères de qualité. Chaque élément est cité tel que le guide l'écrit. Les réponses de chaque évaluation : OUI, En cours, NON, Non concerné.`,
  'evaluation.ImpactsCollectifs': `Source : « Approche Impacts Collectifs », ANCT (seed 004) : les 3 préconditions, les 5 conditions (la vision commune avec la vision partagée, les 7 rôles de la structure de soutien avec elle), la stratégie de changement (changements directs, intermédiaires, ultime). Chaque élément est cité tel que la présentation l'écrit.`,
  'evaluation.ScoresImpact': `Score d'une dimension pour une évaluation : (OUI + la moitié des En cours) / (OUI + En cours + NON). Les réponses « Non concerné » et les éléments sans réponse ne comptent pas au dénominateur ; sans aucune réponse comptée, le score reste vide. ${code('Évolution')} = Score 2 − Score 1. Un élément ajouté à la grille compte dans la ligne de sa ${code('Dimension')}.`,
  'cpts.ACI': [
    `Sources : accord conventionnel interprofessionnel (ACI) en faveur du développement de l'exercice coordonné et du déploiement des CPTS du 20 juin 2019 (arrêté d'approbation du 21 août 2019) et son avenant 2 du 20 décembre 2021 (JO du 31 mars 2022). ` +
      `Missions socle : Accès aux soins, Parcours pluriprofessionnels, Prévention, Réponse aux crises sanitaires graves (avenant 2) ; missions optionnelles : Qualité et pertinence, Accompagnement des professionnels de santé. ` +
      `Taille de la CPTS selon la population couverte : taille 1 moins de 40 000 habitants, taille 2 de 40 000 à 80 000, taille 3 de 80 000 à 175 000, taille 4 plus de 175 000.`,
    '',
    `La ligne « ${ACI_FONCTIONNEMENT_ROW} » reçoit en ${code('Part fixe (€)')} le financement annuel du fonctionnement fixé par l'ACI de 2019 selon la taille, quand la population couverte est donnée à la création : ` +
      `${Object.entries(ACI_FONCTIONNEMENT)
        .map(([size, amount]) => `taille ${size} ${euros(amount)}`)
        .join(', ')}. ` +
      `Les montants par mission varient selon le contrat : ils sont saisis, jamais proposés par défaut. ` +
      `L'année de financement est l'année contractuelle (d'anniversaire à anniversaire) : avance de 75 % de la part fixe à la date anniversaire, solde à l'anniversaire suivant, part variable après le dialogue de gestion annuel. ` +
      `${code("Taux d'atteinte des objectifs")} est calculé : l'atteinte pondérée des indicateurs du contrat de la mission (feuille ${code('Indicateurs ACI')}), bornée entre 0 et 100 %. ${code('Reste à verser (€)')} ne descend jamais sous 0 : un trop-perçu sur une mission se lit dans ${code('Trop-perçu (€)')} et ne réduit pas ce qui reste dû sur les autres. Les règles, leurs sources et ce qui reste au contrat : [aci.md](aci.md).`,
  ].join('\n'),
  'cpts.IndicateursACI': `Les indicateurs du contrat tripartite (CPTS, ARS, CPAM) par mission : type (moyens, action, résultat), pondération, objectif annuel, valeur atteinte. ${code('Atteinte')} = valeur atteinte / objectif, bornée entre 0 et le ${code("Plafond d'atteinte")} (vide : 100 %) ; ${code('Atteinte pondérée')} = pondération × atteinte. Un indicateur sans valeur atteinte compte pour 0 dans sa mission. ${code('Preuve déclarative seulement')} vaut OUI quand aucune preuve quantitative ni observable ne l'étaie (feuille ${code('Preuves')}, colonne ${code('Indicateur ACI')}) : la fragilité relevée par le Sénat (MECSS, rapport d'information n° 32, 2025-2026). Pondérations, objectifs et plafonds sont ceux du contrat, saisis : [aci.md](aci.md).`,
  'cpts.DepensesACI': `Les dépenses engagées, une ligne par dépense, rattachées à une mission ou à « ${ACI_FONCTIONNEMENT_ROW} » : la feuille ${code('ACI')} en tire ${code('Dépenses engagées (€)')}, ${code('Taux de consommation')} et ${code('Reste à consommer (€)')} de chaque enveloppe ([aci.md](aci.md)).`,
};

/** What the Synthèse figures mean, with their sources. */
const SYNTHESE_NOTES: Record<string, string> = {
  evaluation: `Les deux évaluations côte à côte : le score global de chaque grille est le même calcul que celui d'une dimension, sur toute la grille ; les graphiques de la synthèse montrent les scores 1 et 2 de chaque dimension ou condition, et le niveau de coopération des deux évaluations.`,
  ca: `Sens des chiffres (version 3) : les indicateurs se lisent d'abord par statut (atteints, partiellement, non atteints, en cours, non renseignés) et par la part des indicateurs atteints parmi ceux qui sont jugés ; les taux d'atteinte moyens sont ceux des taux retenus, bornés entre 0 et 100 %, pour qu'un indicateur dépassé ne compense pas un indicateur en retard ; une baisse souhaitée (seed 002 : « diminution de nouveaux cas annuels de tuberculose ») est atteinte quand la valeur réalisée est sous la cible. La conformité à la programmation compte OUI, En partie et NON séparément (réponses OUI / NON / En partie du tableau de suivi des acteurs, seed 002). La triangulation ne compte que les preuves comptées (seed 000).`,
};

function renderVersions(t: TemplateDef): string[] {
  const steps = Object.values(MIGRATIONS[t.id]).sort((a, b) => a.from - b.from);
  const out = [`### Versions du modèle ${code(t.id)}`, ''];
  if (steps.length === 0) return [...out, 'Version 1, la seule à ce jour.', ''];
  out.push('- Version 1 : la première.');
  for (const m of steps) {
    const changes = [
      ...Object.entries(m.renamed).flatMap(([table, rs]) =>
        rs.map((r) => `table ${code(table)} : ${code(r.from)} devient ${code(r.to)}`),
      ),
      ...Object.entries(m.added).flatMap(([table, ids]) =>
        ids.map(
          (id) =>
            `table ${code(table)} : colonne ${code(columnDef(tableDef(t, table), id).header)} ajoutée`,
        ),
      ),
      ...Object.entries(m.redefined ?? {}).flatMap(([table, cs]) =>
        Object.keys(cs).map(
          (id) =>
            `table ${code(table)} : formule de ${code(columnDef(tableDef(t, table), id).header)} revue`,
        ),
      ),
      ...(m.summaries?.redefined ?? []).map((x) => `synthèse : ${code(x.name)} revue`),
      ...(m.summaries?.added ?? []).map((x) => `synthèse : ${code(x)} ajoutée`),
      ...Object.entries(m.removed).flatMap(([table, cs]) =>
        cs.map(
          (c) =>
            `table ${code(table)} : colonne ${code(c.column.header)} retirée (ses valeurs vont dans « ${OTHERS.sheet} »${c.why ? ` : ${c.why.fr}` : ''})`,
        ),
      ),
      ...(m.addedTables ?? []).map(
        (name) => `feuille ${code(tableDef(t, name).sheet)} (table ${code(name)}) ajoutée`,
      ),
    ];
    out.push(`- Version ${m.from + 1} : ${changes.join(' ; ')}.`);
  }
  out.push(
    '',
    `Un classeur d'une version antérieure se lit et se contrôle tel quel (ses en-têtes sont reconnus, une information signale qu'une mise à niveau existe) ; \`trepied upgrade\` en crée une copie à la version ${t.version} sans rien perdre de ce qui a été saisi.`,
    '',
  );
  return out;
}

/**
 * The values shown as percentages by the row's unit (conditional number formats), the stored
 * values staying fractions.
 */
function percentUnitNote(
  t: TemplateDef,
  table: string,
  /** The header a column is shown under, if it is shown. */
  header: (id: string) => string | undefined,
): string[] {
  return percentUnits(t, table).flatMap((u) => {
    const shown = u.columns.flatMap((id) => header(id) ?? []);
    if (shown.length === 0) return [];
    const unit = columnDef(tableDef(t, table), u.column).header;
    return [
      `Mise en forme conditionnelle : ${shown.map(code).join(', ')} affichées en pourcentage (« 50 % », « 12,5 % ») ` +
        `quand ${code(unit)} (table ${code(table)}) vaut « ${u.equals} » ; la valeur enregistrée reste une fraction (0,5).`,
      '',
    ];
  });
}

/** The dashboard sheet: its seed, its columns, how its formulas walk the tables. */
function renderDashboard(t: TemplateDef, d: DashboardDef): string[] {
  const layout = { actionRows: 1, indicatorRows: 1 };
  const f = lineFormulas(t, d, layout, DASHBOARD_HEADER_ROW + 1);
  const h = helperColumns(d);
  return [
    `### ${d.title.fr} — feuille ${code(d.sheet)}`,
    '',
    `Source : ${code(d.seed.file)}, « ${d.seed.quote} ». ${d.note.fr}`,
    '',
    `Une ligne par indicateur (une pour une action sans indicateur), les actions dans l'ordre de ${code(d.actions.table)}, ` +
      `puis les types (${d.types.join(', ')}), puis l'ordre de ${code(d.indicators.table)}. ` +
      `Le numéro, l'intitulé et les résultats attendus d'une action ne figurent que sur sa première ligne. ` +
      `Colonnes ${HELPERS.map((x) => h[x]).join(', ')} (hors zone d'impression) : l'état du parcours et la clé de tri de chaque ligne d'${code(d.indicators.table)}. ` +
      'Les lignes écrites couvrent les lignes des deux tables, lignes vides comprises : des lignes ajoutées aux tables au-delà n’y figurent pas.',
    '',
    table(
      ['Colonne', 'Lu dans', 'Formule (première ligne)'],
      d.columns.map((c, j) => [
        c.header.fr,
        `${code(c.from === 'action' ? d.actions.table : d.indicators.table)}, ${c.type === undefined ? '' : `type ${d.types[c.type]}, `}colonne ${code(c.column)}`,
        code(f.printed[j] as string),
      ]),
    ),
    '',
    ...percentUnitNote(
      t,
      d.indicators.table,
      (id) => d.columns.find((x) => x.from === 'indicator' && x.column === id)?.header.fr,
    ),
  ];
}

function renderTemplate(t: TemplateDef): string {
  const out: string[] = [
    `## Modèle ${code(t.id)} — ${t.title.fr}`,
    '',
    `Version du modèle : ${t.version}. Feuilles, dans l'ordre : ${t.sheets.map(code).join(', ')}, ` +
      `puis ${code('Contrôles')} quand le classeur a été vérifié.`,
    '',
  ];
  for (const sheet of t.sheets) {
    for (const def of t.tables.filter((x) => x.sheet === sheet)) out.push(renderTable(t, def));
  }
  out.push(
    `### Listes nommées — feuille ${code(t.listSheet)}`,
    '',
    'Les listes extensibles réservent des lignes vides sous leurs valeurs : ce que vous y ajoutez apparaît dans les listes déroulantes. ' +
      'Les listes de référence suivent une colonne de table (les identifiants déjà saisis).',
    '',
    table(
      ['Nom', 'Titre', 'Valeurs par défaut ou source', 'Extensible'],
      t.lists.map((l) => [
        code(l.name),
        l.title,
        listSource(t, l),
        'from' in l ? 'référence' : l.extensible ? 'oui' : 'non',
      ]),
    ),
    '',
    `### Cellules de synthèse — feuille ${code(t.summarySheet)}`,
    '',
    'Chaque chiffre est une cellule nommée (nom défini de portée classeur) en colonne B, son libellé en colonne A, son nom en colonne C.',
    '',
    table(
      ['Nom défini', 'Libellé', 'Rubrique', 'Format', 'Formule'],
      t.summaries.map((s) => [
        code(s.name),
        s.label.fr,
        s.section.fr,
        FORMATS[s.format],
        code(summaryFormula(s.expr, t)),
      ]),
    ),
    '',
    ...(SYNTHESE_NOTES[t.id] ? [SYNTHESE_NOTES[t.id] as string, ''] : []),
    ...(t.id === 'cpts' ? [cptsSyntheseNote(code), ''] : []),
    ...(t.dashboard ? renderDashboard(t, t.dashboard) : []),
    ...renderVersions(t),
  );
  return out.join('\n');
}

const INTRO = `# Les classeurs Trépied

<!-- Fichier généré par \`npx tsx scripts/gen-docs.ts\` à partir de src/core/templates : ne pas le modifier à la main. -->

Cette page décrit, modèle par modèle, ce que contient un classeur créé par Trépied : feuilles, tables, colonnes, listes et cellules de synthèse, avec les formules exactes écrites dans le fichier.

**Les noms sont un contrat.** Les noms de feuilles, de tables, les en-têtes de colonnes, les noms de listes et les noms définis (\`CA_…\`, \`CPTS_…\`, \`EVAL_…\`) sont lus par le complément, par l'outil en ligne de commande et par d'autres outils : ne les renommez pas. À la lecture, les en-têtes doivent être identiques ; seuls les espaces en trop et la casse sont tolérés (et signalés pour information). Ils ne changent qu'avec une nouvelle version du modèle, accompagnée d'une mise à niveau.

**Les colonnes grises sont calculées et protégées.** Leurs cellules contiennent des formules : ne tapez rien dedans. La feuille est protégée sans mot de passe et seules les cellules calculées sont verrouillées, si bien que la saisie reste libre ailleurs. Pour ajouter des lignes à une table au-delà des lignes vides prévues, ôtez la protection (Révision > Ôter la protection de la feuille, sans mot de passe ; dans LibreOffice : Outils > Protéger la feuille), agrandissez la table : les nouvelles lignes reçoivent leurs formules, puis protégez de nouveau la feuille (Révision > Protéger la feuille, sans mot de passe).

**Les pourcentages sont enregistrés comme des fractions** : 85 % est la valeur 0,85 affichée au format pourcentage. Tapez « 85 % » (ou 0,85), pas « 85 » : une valeur comprise entre 1 et 100 dans une cellule de pourcentage est signalée, avec la correction proposée. Les dates sont de vraies dates.

**Les formules sont données dans la syntaxe du fichier** : noms de fonctions anglais, virgule comme séparateur, références structurées longues \`Table[[#This Row],[Colonne]]\`, et une apostrophe devant \`'\`, \`#\`, \`[\` ou \`]\` dans un nom de colonne (\`Indicateurs[Taux d''atteinte]\`). C'est la forme que lisent Excel 2019, Microsoft 365, Excel pour le web et LibreOffice 7.4 et suivants ; aucune fonction matricielle dynamique n'est employée. Excel en français affiche les mêmes formules traduites (\`SI\`, \`NB.SI.ENS\`, points-virgules, \`[@Colonne]\`). Une cellule calculée reste vide quand le calcul est impossible (pas de valeur, dénominateur nul).

**Fusion et mise à niveau.** \`trepied merge\` réunit les classeurs de plusieurs partenaires et \`trepied upgrade\` porte un classeur à la version courante de son modèle (voir [cli.md](cli.md)). Dans un classeur fusionné, chaque tableau qui reçoit des lignes a en dernière colonne \`${PROVENANCE.header}\` (le fichier d'origine et le partenaire) : ce n'est pas \`Source\`, déjà un en-tête des tables \`Preuves\` et \`GestionProjets\`. Les valeurs qui n'ont pas de place dans le modèle (colonnes, tableaux ou feuilles inconnus, valeur tapée à la place d'une formule, autre valeur d'un champ du Programme) vont dans la feuille \`${OTHERS.sheet}\`, table \`${OTHERS.table}\` : ${Object.values(OTHERS.headers).map(code).join(' · ')}, une ligne par valeur.

**Identifiants.** Les colonnes calculées qui comptent les indicateurs et les preuves d'une action (ou d'un projet) la retrouvent par son identifiant avec le sens du signe \`=\` : sans caractères génériques ni opérateurs, le nombre 1 différent du texte « 1 », la casse ignorée. Le choix et ses raisons : [identifiants.md](identifiants.md).

Une feuille masquée \`_meta\` enregistre l'identifiant et la version du modèle, la version de Trépied, la date de création et la langue. Avec \`--lang en\`, les libellés de la synthèse et les messages sont en anglais, mais les noms ci-dessous restent les noms français du contrat.
`;

/** The French reference of every template, deterministic (no date). */
export function renderWorkbookDocs(): string {
  const parts = [INTRO];
  for (const id of TEMPLATE_IDS) {
    const t = getTemplate(id);
    if (t) parts.push(renderTemplate(t));
  }
  return `${parts.join('\n').trimEnd()}\n`;
}

if (require.main === module) {
  fs.mkdirSync(path.dirname(WORKBOOKS_DOC), { recursive: true });
  fs.writeFileSync(WORKBOOKS_DOC, renderWorkbookDocs());
  console.log(`écrit : ${path.relative(process.cwd(), WORKBOOKS_DOC)}`);
}
