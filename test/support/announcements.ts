import { afterEach, beforeEach } from 'vitest';

/**
 * Records everything the provider's live regions say, from now on. Polling a live region's text can miss a
 * message on a slow machine, because the provider clears it again after a few seconds; a record cannot.
 */
export function recordAnnouncements(root: Node = document.body) {
  const said = { polite: [] as string[], assertive: [] as string[] };
  const observer = new MutationObserver(() => {
    for (const politeness of ['polite', 'assertive'] as const) {
      for (const region of document.querySelectorAll(`[data-samspill-live="${politeness}"]`)) {
        const text = region.textContent?.trim() ?? '';
        const spoken = said[politeness];
        if (text && spoken[spoken.length - 1] !== text) spoken.push(text);
      }
    }
  });
  observer.observe(root, { subtree: true, childList: true, characterData: true });
  return { ...said, stop: () => observer.disconnect() };
}

/** The record of each test in the file that calls this: started before the test, stopped after it. */
export function recordAnnouncementsInEachTest() {
  const said = { polite: [] as string[], assertive: [] as string[] };
  let stop = () => {};
  beforeEach(() => {
    const recorder = recordAnnouncements();
    said.polite = recorder.polite;
    said.assertive = recorder.assertive;
    stop = recorder.stop;
  });
  afterEach(() => stop());
  return said;
}
