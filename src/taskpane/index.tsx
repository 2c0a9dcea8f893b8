import { StrictMode, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { FluentProvider, Spinner, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { messageOf } from './errors';
import { ExcelRoot } from './ExcelRoot';
import { detectHost } from './office-host';
import { StatusBar } from './StatusBar';
import { stringsFor } from './strings';

function show(root: Root, dark: boolean, content: ReactNode): void {
  root.render(
    <StrictMode>
      <FluentProvider theme={dark ? webDarkTheme : webLightTheme}>{content}</FluentProvider>
    </StrictMode>,
  );
}

async function main(root: Root): Promise<void> {
  show(root, false, <Spinner label={stringsFor('fr').starting} />);
  const host = await detectHost();
  if (host.mode === 'excel') {
    show(root, host.dark, <ExcelRoot lang={host.lang} />);
    return;
  }
  // Demo mode only: the in-memory workbook and ExcelJS come in their own chunks.
  const { DemoRoot } = await import(/* webpackChunkName: "demo" */ './demo/DemoRoot');
  show(root, host.dark, <DemoRoot lang={host.lang} reason={host.reason} />);
}

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element');
const root = createRoot(container);
main(root).catch((error: unknown) => {
  const t = stringsFor('fr');
  show(
    root,
    false,
    <StatusBar status={{ kind: 'error', title: t.unexpected(''), text: messageOf(error) }} />,
  );
});
