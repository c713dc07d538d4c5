// The task pane inside Office: waits for Office.js, picks the host for the application it runs in, follows the
// Office theme, and checks at once when opened from the ribbon's "Check agenda" button (?run=check).
import { Body1, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { WRITTEN_KEY, documentSettings } from '../office/settings';
import { WordHost } from '../office/word/word-host';
import { App } from './App';
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
  void Office.onReady((info) => {
    const dark = isDark(Office.context.officeTheme?.bodyBackgroundColor);
    const autoCheck = new URLSearchParams(window.location.search).get('run') === 'check';
    const content =
      info.host === Office.HostType.Word ? (
        <App
          host={new WordHost({
            run: (batch) => Word.run(batch),
            isSetSupported: (name, version) => Office.context.requirements.isSetSupported(name, version),
            settings: documentSettings(Office.context.document.settings),
            written: documentSettings(Office.context.document.settings, WRITTEN_KEY),
          })}
          autoCheck={autoCheck}
        />
      ) : (
        <Unsupported title="Docket checks agendas in Word" message="Open the agenda in Word and start Docket there. In Excel, Docket will build action registers and check document lists." />
      );
    root.render(
      <StrictMode>
        <Themed dark={dark}>
          <main>{content}</main>
        </Themed>
      </StrictMode>,
    );
  });
}
