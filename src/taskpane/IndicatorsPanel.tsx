import { useCallback, useEffect, useRef, useState } from 'react';
import { Body1, Button } from '@fluentui/react-components';
import { checkWorkbook, type CheckResult } from '../core/check';
import { getTemplate } from '../core/templates';
import type { TemplateDef } from '../core/templates/types';
import { plannedVsAchieved, type PlannedAchieved } from './chart-data';
import { messageOf, nextFrame } from './errors';
import { EvidenceList } from './EvidenceList';
import { KeyFigures } from './KeyFigures';
import type { PanelProps } from './panel-props';
import { PlannedAchievedChart } from './PlannedAchievedChart';
import { StatusBar, type Status } from './StatusBar';

interface Loaded {
  result: CheckResult;
  template: TemplateDef | undefined;
  chart: PlannedAchieved | undefined;
}

/** Indicateurs: key figures, the three legs of proof per action, planned against achieved. */
export function IndicatorsPanel({ port, lang, t }: PanelProps) {
  const [loaded, setLoaded] = useState<Loaded>();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const live = useRef(true);

  const load = useCallback(async () => {
    setStatus({ kind: 'running', label: t.indicators.running });
    try {
      await nextFrame();
      const result = checkWorkbook(await port.readValues());
      const template = result.template ? getTemplate(result.template) : undefined;
      const chart = template ? plannedVsAchieved(template, result.records) : undefined;
      if (!live.current) return;
      setLoaded({ result, template, chart });
      setStatus({ kind: 'idle' });
    } catch (error) {
      if (live.current)
        setStatus({ kind: 'error', title: t.indicators.failed, text: messageOf(error) });
    }
  }, [port, t]);

  useEffect(() => {
    live.current = true;
    setLoaded(undefined);
    void load();
    return () => {
      live.current = false;
    };
    // Only another workbook reloads; a language switch re-renders the same figures.
  }, [port]);

  const template = loaded?.template;
  return (
    <>
      <Body1 data-panel="indicators">{t.indicators.intro}</Body1>
      <div>
        <Button onClick={() => void load()} disabled={status.kind === 'running'}>
          {t.indicators.refresh}
        </Button>
      </div>
      <StatusBar status={status} />
      {loaded && !template ? (
        <StatusBar status={{ kind: 'warning', text: t.indicators.notTrepied }} />
      ) : null}
      {loaded && template ? (
        <>
          <KeyFigures template={template} figures={loaded.result.figures} lang={lang} t={t} />
          <EvidenceList
            actions={loaded.result.actions}
            t={t}
            onSelect={(sheet, cell) => void port.select(sheet, cell)}
          />
          <PlannedAchievedChart chart={loaded.chart} lang={lang} t={t} />
        </>
      ) : null}
    </>
  );
}
