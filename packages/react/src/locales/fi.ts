import type { ComponentMessages } from './types.js';

export const fi: ComponentMessages = {
  'button.loading': 'Ladataan',
  'button.disabledReasonLabel': 'Ei käytettävissä:',
  'link.external': 'ulkoinen sivusto',
  'link.newTab': 'avautuu uuteen välilehteen',
  'skipLink.label': 'Siirry pääsisältöön',
  'field.required': '(pakollinen)',
  'textarea.charactersLeft': {
    one: 'Voit kirjoittaa vielä {count} merkin',
    other: 'Voit kirjoittaa vielä {count} merkkiä',
  },
  'textarea.charactersOver': {
    one: 'Tekstissä on {count} merkki liikaa',
    other: 'Tekstissä on {count} merkkiä liikaa',
  },
  'errorSummary.title': 'Korjaa seuraavat kohdat',
  'alert.dismiss': 'Sulje ilmoitus',
  'alert.tone.info': 'Tiedote:',
  'alert.tone.success': 'Valmis:',
  'alert.tone.warning': 'Varoitus:',
  'alert.tone.danger': 'Virhe:',
  'dialog.close': 'Sulje',
  'spinner.label': 'Ladataan',
};
