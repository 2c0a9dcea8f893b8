import * as fs from 'fs';
import type { ProgrammeConfig } from '../core/plan/options';
import { parseIsoDate } from '../core/plan/config';
import { UsageError } from './args';
import { systemReason } from './system-error';

const isStrings = (v: unknown): v is string[] =>
  Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Read and check a --config file; every problem is said in French with the field concerned. */
export function readConfig(file: string): ProgrammeConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new UsageError(
      `Impossible de lire le fichier de configuration « ${file} » (${systemReason(e)}).`,
    );
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new UsageError(
      `Le fichier de configuration « ${file} » n'est pas un JSON valide (${(e as Error).message}).`,
    );
  }
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new UsageError(
      `Le fichier de configuration « ${file} » doit contenir un objet JSON { … }.`,
    );
  }
  const o = raw as Record<string, unknown>;
  const bad = (field: string, what: string) =>
    new UsageError(`Configuration « ${file} », champ « ${field} » : ${what}.`);
  const known = ['nom', 'periode', 'territoires', 'publics', 'partenaires', 'population'];
  for (const k of Object.keys(o)) {
    if (!known.includes(k)) throw bad(k, `champ inconnu (champs possibles : ${known.join(', ')})`);
  }
  const config: ProgrammeConfig = {};
  if (o.nom !== undefined) {
    if (typeof o.nom !== 'string') throw bad('nom', 'texte attendu');
    config.nom = o.nom;
  }
  if (o.periode !== undefined) {
    const p = o.periode as Record<string, unknown>;
    const debut = typeof p?.debut === 'string' ? p.debut : undefined;
    const fin = typeof p?.fin === 'string' ? p.fin : undefined;
    if (!parseIsoDate(debut) || !parseIsoDate(fin)) {
      throw bad('periode', 'attendu { "debut": "AAAA-MM-JJ", "fin": "AAAA-MM-JJ" }');
    }
    if ((debut as string) > (fin as string)) throw bad('periode', 'la fin précède le début');
    config.periode = { debut: debut as string, fin: fin as string };
  }
  for (const k of ['territoires', 'publics'] as const) {
    if (o[k] === undefined) continue;
    if (!isStrings(o[k])) throw bad(k, 'liste de textes attendue, par exemple ["A", "B"]');
    config[k] = o[k] as string[];
  }
  if (o.partenaires !== undefined) {
    if (!Array.isArray(o.partenaires)) throw bad('partenaires', 'liste attendue');
    config.partenaires = o.partenaires.map((p, i) => {
      if (typeof p === 'string') return { nom: p };
      const q = p as Record<string, unknown>;
      if (typeof q?.nom !== 'string')
        throw bad(`partenaires[${i + 1}]`, 'texte ou { "nom": …, "secteur": … } attendu');
      return {
        nom: q.nom,
        ...(typeof q.secteur === 'string' ? { secteur: q.secteur } : {}),
        ...(typeof q.contact === 'string' ? { contact: q.contact } : {}),
      };
    });
  }
  if (o.population !== undefined) {
    if (typeof o.population !== 'number' || !(o.population >= 0))
      throw bad('population', 'nombre positif attendu');
    config.population = o.population;
  }
  return config;
}
