// The task pane inside Office: waits for Office.js, picks the host for the application it runs in (Word: the
// agenda; Excel: a document list and the action register), follows the Office theme, and checks at once when opened
// from the ribbon's "Check agenda" button (?run=check). Each host's code loads only in its application, so neither is
// in the page's first script. Once the pane is shown and the page idle, the pipeline's worker starts, so the first
// Check does not wait for it to load.
import { Body1, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { IGNORES_KEY } from '../core';
import { COMMENTS_KEY, documentRegisterSettings, documentSettings } from '../office/settings';
import type { DocumentHost } from '../office/host';
import { documentFile } from '../office/word/file';
import { App } from './App';
import { startPipeline } from './pipeline/check';
import { Themed, isDark } from './theme';

const root = createRoot(document.getElementById('root')!);

function Unsupported({ title, message }: { title: string; message: string }) {
  return (
    <MessageBar intent="warning" layout="multiline" style={{ margin: 12 }}>
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        <Body1>{message}</Body1>
      </MessageBarBody>
    </MessageBar>
  );
}

if (typeof Office === 'undefined') {
  root.render(
    <Themed dark={false}>
      <Unsupported title="Office.js did not load" message="This page is Docket's Word task pane. Open it from Word (see the README), or use preview.html to try Docket in a browser." />
    </Themed>,
  );
} else {
  void Office.onReady(async (info) => {
    const dark = isDark(Office.context.officeTheme?.bodyBackgroundColor);
    const autoCheck = new URLSearchParams(window.location.search).get('run') === 'check';
    const isSetSupported = (name: string, version: string) => Office.context.requirements.isSetSupported(name, version);
    const settings = documentSettings(Office.context.document.settings);
    const about = { platform: String(Office.context.diagnostics?.platform ?? 'unknown'), version: Office.context.diagnostics?.version ?? 'unknown' };
    const documentRegister = documentRegisterSettings(Office.context.document.settings);
    const ignores = documentSettings(Office.context.document.settings, IGNORES_KEY);
    let host: DocumentHost | undefined;
    if (info.host === Office.HostType.Word) {
      const commentIds = documentSettings(Office.context.document.settings, COMMENTS_KEY);
      const { WordHost } = await import('../office/word/word-host');
      host = new WordHost({ run: (batch) => Word.run(batch), isSetSupported, settings, ignores, documentRegister, commentIds, file: documentFile, about });
    } else if (info.host === Office.HostType.Excel && isSetSupported('ExcelApi', '1.4')) {
      const { ExcelHost } = await import('../office/excel/excel-host');
      host = new ExcelHost({ run: (batch) => Excel.run(batch), isSetSupported, settings, ignores, documentRegister, about });
    }
    const content = host ? (
      <App host={host} autoCheck={autoCheck} />
    ) : (
      <Unsupported title="Docket needs a newer Office" message="Docket works in Word and in Excel 2016 or later, on Windows, on a Mac and on the web. Update Office, then open Docket again." />
    );
    root.render(
      <StrictMode>
        <Themed dark={dark}>
          <main>{content}</main>
        </Themed>
      </StrictMode>,
    );
    // After the frame that first shows the pane, once the page is idle (Safari, Office on a Mac, has no
    // requestIdleCallback: there, right after that frame).
    if (host) requestAnimationFrame(() => ('requestIdleCallback' in window ? requestIdleCallback(startPipeline, { timeout: 1_000 }) : setTimeout(startPipeline)));
  });
}
