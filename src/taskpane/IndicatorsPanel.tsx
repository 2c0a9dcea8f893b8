import { useCallback, useEffect, useRef, useState } from 'react';
import { Body1, Button } from '@fluentui/react-components';
import type { CheckResult } from '../core/check';
import { getTemplate } from '../core/templates';
import type { TemplateDef } from '../core/templates/types';
import { plannedVsAchieved, type PlannedAchieved } from './chart-data';
import { checkAgain, checkIsCurrent, derived, lastCheck } from './check-cache';
import { messageOf } from './errors';
import { EvidenceList } from './EvidenceList';
import { KeyFigures } from './KeyFigures';
import type { PanelProps } from './panel-props';
import { PlannedAchievedChart } from './PlannedAchievedChart';
import { ReportsSection } from './ReportsSection';
import { StatusBar, type Status } from './StatusBar';

interface Loaded {
  result: CheckResult;
  template: TemplateDef | undefined;
  chart: PlannedAchieved | undefined;
}

const loadedOf = new WeakMap<CheckResult, Loaded>();

/** The template and the chart of a check, worked out once per result. */
function loadedFrom(result: CheckResult): Loaded {
  return derived(loadedOf, result, () => {
    const template = result.template ? getTemplate(result.template) : undefined;
    const chart = template
      ? plannedVsAchieved(template, result.records, result.computed)
      : undefined;
    return { result, template, chart };
  });
}

/**
 * Work out the panel's data of a check ahead, while the pane is idle (App calls it after each
 * check): the panel then opens on it at once.
 */
export function prepareIndicators(result: CheckResult): void {
  loadedFrom(result);
}

/** Indicateurs: key figures, the three legs of proof per action, planned against achieved. */
export function IndicatorsPanel({ port, lang, t }: PanelProps) {
  // The last results at once (a large workbook takes a moment to read); fresh ones follow.
  const cached = lastCheck(port);
  const [loaded, setLoaded] = useState<Loaded | undefined>(() => cached && loadedFrom(cached));
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const live = useRef(true);

  const load = useCallback(
    async (force = false) => {
      setStatus({ kind: 'running', label: t.indicators.running });
      try {
        const result = await checkAgain(port, { force });
        if (!live.current) return;
        setLoaded(loadedFrom(result));
        setStatus({ kind: 'idle' });
      } catch (error) {
        if (live.current)
          setStatus({ kind: 'error', title: t.indicators.failed, text: messageOf(error) });
      }
    },
    [port, t],
  );

  useEffect(() => {
    live.current = true;
    const last = lastCheck(port);
    setLoaded(last && loadedFrom(last));
    if (!checkIsCurrent(port)) void load();
    return () => {
      live.current = false;
    };
    // Only another workbook reloads; a language switch re-renders the same figures.
  }, [port]);

  const template = loaded?.template;
  return (
    <>
      <Body1 data-panel="indicators">
        {template && !template.evidence ? t.indicators.introScores : t.indicators.intro}
      </Body1>
      <div>
        <Button onClick={() => void load(true)} disabled={status.kind === 'running'}>
          {t.indicators.refresh}
        </Button>
      </div>
      <StatusBar status={status} />
      {loaded && !template ? (
        <StatusBar status={{ kind: 'warning', text: t.indicators.notTrepied }} />
      ) : null}
      {loaded && template ? (
        <>
          {/* The documents to produce first, folded: the lists below may be long (issue 14). */}
          <ReportsSection
            port={port}
            lang={lang}
            t={t}
            result={loaded.result}
            template={template}
          />
          <KeyFigures template={template} figures={loaded.result.figures} lang={lang} t={t} />
          {/* Actions and their proofs: none in the self-assessment (its scores are above). */}
          {template.evidence ? (
            <>
              <EvidenceList
                actions={loaded.result.actions}
                t={t}
                onSelect={(sheet, cell) => void port.select(sheet, cell)}
              />
              <PlannedAchievedChart chart={loaded.chart} lang={lang} t={t} />
            </>
          ) : null}
        </>
      ) : null}
    </>
  );
}
