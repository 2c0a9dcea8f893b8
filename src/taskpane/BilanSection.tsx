import { useState } from 'react';
import { Body1, Button, Field, Select, makeStyles, tokens } from '@fluentui/react-components';
import {
  BILAN_PERIODS,
  bilanFileName,
  bilanSheetName,
  porteursOf,
  type BilanPeriod,
} from '../core/bilan/names';
import type { CheckResult } from '../core/check';
import { checkAgain } from './check-cache';
import { downloadBytes } from './demo/download';
import { messageOf } from './errors';
import type { PanelProps } from './panel-props';
import { StatusBar, type Status } from './StatusBar';
import { useStored } from './use-stored';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  // Side by side from 400 px, one above the other in a narrow pane.
  fields: {
    display: 'grid',
    gridTemplateColumns: 'minmax(0, 1fr)',
    gap: tokens.spacingVerticalS,
    '@media (min-width: 400px)': { gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)' },
  },
});

/**
 * Indicateurs › Bilan (issue 13): the bilan of a period, for the programme or one porteur, built
 * by the same code as `trepied bilan`; in Excel a new sheet, in the demo a file to download.
 */
export function BilanSection({
  port,
  lang,
  t,
  result,
}: Pick<PanelProps, 'port' | 'lang' | 't'> & { result: CheckResult }) {
  const styles = useStyles();
  const [period, setPeriod] = useStored<BilanPeriod>('bilan.period', 'T1', (v) =>
    BILAN_PERIODS.find((p) => p === v),
  );
  const [porteur, setPorteur] = useState('');
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const porteurs = porteursOf(result);
  const chosen = porteurs.includes(porteur) ? porteur : '';
  const excel = port.kind === 'excel';

  async function make() {
    setStatus({ kind: 'running', label: t.bilan.running });
    try {
      // The builder loads when asked, so the panel opens without it.
      const { bilanOf } = await import(/* webpackChunkName: "bilan" */ '../core/bilan/from-check');
      const fresh = await checkAgain(port);
      const plan = bilanOf(fresh, t.bilan.thisWorkbook, {
        period,
        lang,
        ...(chosen ? { porteur: chosen } : {}),
      });
      plan.sheets = plan.sheets.map((s) => ({
        ...s,
        name: bilanSheetName(period, chosen || undefined),
      }));
      const added = await port.addSheets(plan);
      if (added.kind === 'sheets') {
        setStatus({ kind: 'success', text: t.bilan.written(added.names.join(', ')) });
      } else {
        const file = bilanFileName(period, chosen || undefined);
        downloadBytes(added.bytes, file);
        setStatus({ kind: 'success', text: t.bilan.downloaded(file) });
      }
    } catch (error) {
      setStatus({ kind: 'error', title: t.bilan.failed, text: messageOf(error) });
    }
  }

  return (
    <section className={styles.section} aria-labelledby="report-bilan" data-testid="bilan">
      <Body1>{t.bilan.intro}</Body1>
      <div className={styles.fields}>
        <Field label={t.bilan.period}>
          <Select value={period} onChange={(_e, data) => setPeriod(data.value as BilanPeriod)}>
            {BILAN_PERIODS.map((p) => (
              <option key={p} value={p}>
                {t.bilan.periods[p]}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t.bilan.porteur}>
          <Select value={chosen} onChange={(_e, data) => setPorteur(data.value)}>
            <option value="">{t.bilan.whole}</option>
            {porteurs.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div>
        <Button onClick={() => void make()} disabled={status.kind === 'running'}>
          {excel ? t.bilan.write : t.bilan.download}
        </Button>
      </div>
      <StatusBar status={status} />
    </section>
  );
}
