import { useEffect, useState } from 'react';
import { Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { App } from './App';
import { messageOf } from './errors';
import { connectExcel, type ExcelConnection } from './office-host';
import { StatusBar } from './StatusBar';
import { stringsFor, type Lang } from './strings';
import { useLang } from './use-lang';

const useStyles = makeStyles({
  message: { padding: tokens.spacingHorizontalL },
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground1 },
});

type State = { kind: 'connecting' } | ExcelConnection | { kind: 'failed'; message: string };

/** In Excel: the pane on the live workbook, after checking that this Excel is recent enough. */
export function ExcelRoot({ lang: initial }: { lang: Lang }) {
  const styles = useStyles();
  const [lang, setLang] = useLang(initial);
  const [state, setState] = useState<State>({ kind: 'connecting' });
  useEffect(() => {
    connectExcel().then(setState, (error: unknown) =>
      setState({ kind: 'failed', message: messageOf(error) }),
    );
  }, []);
  const t = stringsFor(lang);
  if (state.kind === 'ready') {
    return (
      <div className={styles.root}>
        <App port={state.port} lang={lang} onLangChange={setLang} mode={t.modeExcel} />
      </div>
    );
  }
  return (
    <div className={mergeClasses(styles.root, styles.message)}>
      {state.kind === 'connecting' ? (
        <Spinner label={t.starting} />
      ) : (
        <StatusBar
          status={{
            kind: 'error',
            title: state.kind === 'too-old' ? t.excelTooOld : t.unexpected(''),
            text: state.message,
          }}
        />
      )}
    </div>
  );
}
