import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { FluentProvider, webDarkTheme, webLightTheme } from '@fluentui/react-components';
import { App } from './App';
import { detectHost } from './office-host';

async function main(): Promise<void> {
  const host = await detectHost();
  document.documentElement.lang = host.lang;
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  createRoot(container).render(
    <StrictMode>
      <FluentProvider theme={host.dark ? webDarkTheme : webLightTheme}>
        <App host={host} />
      </FluentProvider>
    </StrictMode>,
  );
}

void main();
