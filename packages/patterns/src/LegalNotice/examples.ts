// Example notices for the stories and docs, written for this project. They are examples of tone and structure,
// not legal advice. One privacy notice, one set of terms and one cookie notice per built-in locale.
import type { LegalNoticeContent } from './notice.js';

type Locale = 'en' | 'nb' | 'nn' | 'sv' | 'fi' | 'uk';
type Kind = 'privacy' | 'terms' | 'cookies';

const base = { effectiveDate: '2026-12-01' };

export const exampleNotices: Record<Kind, Record<Locale, LegalNoticeContent>> = {
  privacy: {
    en: {
      ...base,
      noticeId: 'privacy',
      title: 'Privacy notice',
      version: '3.0',
      previousVersion: '2.4',
      summary:
        'We use your name, address and meter readings to deliver power and send your bill. We never sell your data. You can see, correct or delete it at any time.',
      keyPoints: [
        'We keep your bills for five years, because the accounting law says so.',
        'We share your meter readings only with the grid company.',
        'You can ask for a copy of everything we hold about you.',
      ],
      changes: [
        'We now delete chat logs after 90 days instead of one year.',
        'We have a new contact for privacy questions.',
      ],
      fullText: [
        {
          heading: '1. Controller',
          text: 'Samspill Energi AS is the controller for the processing of personal data described in this notice.',
        },
        {
          heading: '2. Purposes and legal basis',
          text: 'We process personal data to perform the contract (Article 6(1)(b) GDPR) and to meet our obligations under the Accounting Act (Article 6(1)(c)).\n\nWe do not use personal data for automated decisions that have legal effects for you.',
        },
        {
          heading: '3. Your rights',
          text: 'You have the right of access, rectification, erasure, restriction and data portability, and the right to lodge a complaint with the supervisory authority.',
        },
      ],
    },
    nb: {
      ...base,
      noticeId: 'privacy',
      title: 'Personvernerklæring',
      version: '3.0',
      previousVersion: '2.4',
      summary:
        'Vi bruker navnet, adressen og målerstanden din for å levere strøm og sende deg regning. Vi selger aldri opplysningene dine. Du kan se, rette eller slette dem når du vil.',
      keyPoints: [
        'Vi tar vare på regningene i fem år, fordi regnskapsloven krever det.',
        'Vi deler målerstanden bare med nettselskapet.',
        'Du kan be om en kopi av alt vi har om deg.',
      ],
      changes: [
        'Vi sletter nå chatlogger etter 90 dager i stedet for etter ett år.',
        'Vi har fått en ny kontakt for spørsmål om personvern.',
      ],
      fullText: [
        {
          heading: '1. Behandlingsansvarlig',
          text: 'Samspill Energi AS er behandlingsansvarlig for behandlingen av personopplysninger som er beskrevet i denne erklæringen.',
        },
        {
          heading: '2. Formål og rettslig grunnlag',
          text: 'Vi behandler personopplysninger for å oppfylle avtalen (personvernforordningen artikkel 6 nr. 1 bokstav b) og for å oppfylle plikter etter regnskapsloven (bokstav c).',
        },
        {
          heading: '3. Dine rettigheter',
          text: 'Du har rett til innsyn, retting, sletting, begrensning og dataportabilitet, og du kan klage til Datatilsynet.',
        },
      ],
    },
    nn: {
      ...base,
      noticeId: 'privacy',
      title: 'Personvernfråsegn',
      version: '3.0',
      previousVersion: '2.4',
      summary:
        'Vi brukar namnet, adressa og målarstanden din for å levere straum og sende deg rekning. Vi sel aldri opplysningane dine. Du kan sjå, rette eller slette dei når du vil.',
      keyPoints: [
        'Vi tek vare på rekningane i fem år, fordi rekneskapslova krev det.',
        'Vi deler målarstanden berre med nettselskapet.',
        'Du kan be om ein kopi av alt vi har om deg.',
      ],
      changes: [
        'Vi slettar no chatloggar etter 90 dagar i staden for etter eitt år.',
        'Vi har fått ein ny kontakt for spørsmål om personvern.',
      ],
      fullText: [
        {
          heading: '1. Behandlingsansvarleg',
          text: 'Samspill Energi AS er behandlingsansvarleg for behandlinga av personopplysningar som er skildra i denne fråsegna.',
        },
        {
          heading: '2. Formål og rettsleg grunnlag',
          text: 'Vi behandlar personopplysningar for å oppfylle avtalen (personvernforordninga artikkel 6 nr. 1 bokstav b) og for å oppfylle plikter etter rekneskapslova (bokstav c).',
        },
        {
          heading: '3. Rettane dine',
          text: 'Du har rett til innsyn, retting, sletting, avgrensing og dataportabilitet, og du kan klage til Datatilsynet.',
        },
      ],
    },
    sv: {
      ...base,
      noticeId: 'privacy',
      title: 'Integritetspolicy',
      version: '3.0',
      previousVersion: '2.4',
      summary:
        'Vi använder ditt namn, din adress och din mätarställning för att leverera el och skicka din faktura. Vi säljer aldrig dina uppgifter. Du kan se, rätta eller radera dem när du vill.',
      keyPoints: [
        'Vi sparar fakturorna i sju år, eftersom bokföringslagen kräver det.',
        'Vi delar mätarställningen bara med nätbolaget.',
        'Du kan be om en kopia av allt vi har om dig.',
      ],
      changes: [
        'Vi raderar nu chattloggar efter 90 dagar i stället för efter ett år.',
        'Vi har en ny kontakt för frågor om integritet.',
      ],
      fullText: [
        {
          heading: '1. Personuppgiftsansvarig',
          text: 'Samspill Energi AB är personuppgiftsansvarig för behandlingen av personuppgifter som beskrivs i denna policy.',
        },
        {
          heading: '2. Ändamål och rättslig grund',
          text: 'Vi behandlar personuppgifter för att fullgöra avtalet (artikel 6.1 b i dataskyddsförordningen) och för att uppfylla skyldigheter enligt bokföringslagen (artikel 6.1 c).',
        },
        {
          heading: '3. Dina rättigheter',
          text: 'Du har rätt till tillgång, rättelse, radering, begränsning och dataportabilitet, och du kan klaga hos Integritetsskyddsmyndigheten.',
        },
      ],
    },
    fi: {
      ...base,
      noticeId: 'privacy',
      title: 'Tietosuojaseloste',
      version: '3.0',
      previousVersion: '2.4',
      summary:
        'Käytämme nimeäsi, osoitettasi ja mittarilukemiasi sähkön toimittamiseen ja laskutukseen. Emme koskaan myy tietojasi. Voit katsoa, korjata tai poistaa ne milloin vain.',
      keyPoints: [
        'Säilytämme laskuja kuusi vuotta, koska kirjanpitolaki vaatii sen.',
        'Annamme mittarilukemat vain verkkoyhtiölle.',
        'Voit pyytää kopion kaikista tiedoistasi.',
      ],
      changes: [
        'Poistamme chat-keskustelut nyt 90 päivän jälkeen, emme vuoden jälkeen.',
        'Tietosuoja-asioille on uusi yhteyshenkilö.',
      ],
      fullText: [
        {
          heading: '1. Rekisterinpitäjä',
          text: 'Samspill Energia Oy on tässä selosteessa kuvatun henkilötietojen käsittelyn rekisterinpitäjä.',
        },
        {
          heading: '2. Käsittelyn tarkoitus ja oikeusperuste',
          text: 'Käsittelemme henkilötietoja sopimuksen täyttämiseksi (tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta) ja kirjanpitolain velvoitteiden noudattamiseksi (c alakohta).',
        },
        {
          heading: '3. Oikeutesi',
          text: 'Sinulla on oikeus saada pääsy tietoihin, oikaista ja poistaa ne, rajoittaa käsittelyä ja siirtää tiedot järjestelmästä toiseen. Voit tehdä valituksen tietosuojavaltuutetulle.',
        },
      ],
    },
    uk: {
      ...base,
      noticeId: 'privacy',
      title: 'Повідомлення про конфіденційність',
      version: '3.0',
      previousVersion: '2.4',
      summary:
        'Ми використовуємо ваше імʼя, адресу та показники лічильника, щоб постачати електроенергію і надсилати рахунки. Ми ніколи не продаємо ваші дані. Ви можете переглянути, виправити або видалити їх будь-коли.',
      keyPoints: [
        'Ми зберігаємо рахунки пʼять років, бо цього вимагає закон про бухгалтерський облік.',
        'Показники лічильника ми передаємо лише мережевій компанії.',
        'Ви можете попросити копію всіх даних про вас.',
      ],
      changes: [
        'Тепер ми видаляємо листування в чаті через 90 днів, а не через рік.',
        'Для питань про конфіденційність є новий контакт.',
      ],
      fullText: [
        {
          heading: '1. Контролер',
          text: 'Samspill Energi AS є контролером обробки персональних даних, описаної в цьому повідомленні.',
        },
        {
          heading: '2. Мета і правова підстава',
          text: 'Ми обробляємо персональні дані для виконання договору (стаття 6(1)(b) GDPR) та для виконання обовʼязків за законом про бухгалтерський облік (стаття 6(1)(c)).',
        },
        {
          heading: '3. Ваші права',
          text: 'Ви маєте право на доступ, виправлення, видалення, обмеження обробки та перенесення даних, а також право подати скаргу до наглядового органу.',
        },
      ],
    },
  },
  terms: {
    en: {
      ...base,
      noticeId: 'terms',
      title: 'Terms of service',
      version: '5.1',
      previousVersion: '5.0',
      summary:
        "You pay for the power you use, every month. You can end the contract at any time, with one month's notice. If we change the price, we tell you 30 days before.",
      keyPoints: [
        'There is no fee for ending the contract.',
        'If you pay late, we add interest at the legal rate.',
        'If there is a power cut, the grid company fixes it, and you can call us.',
      ],
      changes: ['You can now end the contract in the app.'],
      fullText: [
        {
          heading: '1. The agreement',
          text: 'These terms apply to the supply of electricity to households by Samspill Energi AS.',
        },
        {
          heading: '2. Price and payment',
          text: 'The customer pays the price in force at any time. Price changes are notified at least 30 days before they take effect.\n\nLate payment incurs interest under the Late Payment Interest Act.',
        },
        {
          heading: '3. Termination',
          text: "The customer may terminate the agreement with one month's notice. No fee applies.",
        },
      ],
    },
    nb: {
      ...base,
      noticeId: 'terms',
      title: 'Vilkår for strømavtalen',
      version: '5.1',
      previousVersion: '5.0',
      summary:
        'Du betaler for strømmen du bruker, hver måned. Du kan si opp avtalen når du vil, med én måneds varsel. Hvis vi endrer prisen, sier vi fra 30 dager før.',
      keyPoints: [
        'Det koster ingenting å si opp avtalen.',
        'Betaler du for sent, legger vi til forsinkelsesrente.',
        'Ved strømbrudd retter nettselskapet feilen, og du kan ringe oss.',
      ],
      changes: ['Du kan nå si opp avtalen i appen.'],
      fullText: [
        {
          heading: '1. Avtalen',
          text: 'Disse vilkårene gjelder for levering av strøm til husholdninger fra Samspill Energi AS.',
        },
        {
          heading: '2. Pris og betaling',
          text: 'Kunden betaler den til enhver tid gjeldende prisen. Prisendringer varsles minst 30 dager før de trer i kraft.\n\nVed forsinket betaling beregnes forsinkelsesrente etter forsinkelsesrenteloven.',
        },
        {
          heading: '3. Oppsigelse',
          text: 'Kunden kan si opp avtalen med én måneds oppsigelsestid. Det er ikke noe gebyr.',
        },
      ],
    },
    nn: {
      ...base,
      noticeId: 'terms',
      title: 'Vilkår for straumavtalen',
      version: '5.1',
      previousVersion: '5.0',
      summary:
        'Du betaler for straumen du brukar, kvar månad. Du kan seie opp avtalen når du vil, med éin månads varsel. Viss vi endrar prisen, seier vi frå 30 dagar før.',
      keyPoints: [
        'Det kostar ingenting å seie opp avtalen.',
        'Betaler du for seint, legg vi til forseinkingsrente.',
        'Ved straumbrot rettar nettselskapet feilen, og du kan ringje oss.',
      ],
      changes: ['Du kan no seie opp avtalen i appen.'],
      fullText: [
        {
          heading: '1. Avtalen',
          text: 'Desse vilkåra gjeld for levering av straum til hushald frå Samspill Energi AS.',
        },
        {
          heading: '2. Pris og betaling',
          text: 'Kunden betaler den prisen som gjeld til kvar tid. Prisendringar blir varsla minst 30 dagar før dei tek til å gjelde.\n\nVed forseinka betaling blir det rekna forseinkingsrente etter forseinkingsrentelova.',
        },
        {
          heading: '3. Oppseiing',
          text: 'Kunden kan seie opp avtalen med éin månads oppseiingstid. Det er ikkje noko gebyr.',
        },
      ],
    },
    sv: {
      ...base,
      noticeId: 'terms',
      title: 'Villkor för elavtalet',
      version: '5.1',
      previousVersion: '5.0',
      summary:
        'Du betalar för den el du använder, varje månad. Du kan säga upp avtalet när du vill, med en månads varsel. Om vi ändrar priset säger vi till 30 dagar innan.',
      keyPoints: [
        'Det kostar inget att säga upp avtalet.',
        'Om du betalar för sent lägger vi till dröjsmålsränta.',
        'Vid strömavbrott åtgärdar nätbolaget felet, och du kan ringa oss.',
      ],
      changes: ['Du kan nu säga upp avtalet i appen.'],
      fullText: [
        {
          heading: '1. Avtalet',
          text: 'Dessa villkor gäller för leverans av el till hushåll från Samspill Energi AB.',
        },
        {
          heading: '2. Pris och betalning',
          text: 'Kunden betalar det pris som gäller vid varje tidpunkt. Prisändringar meddelas minst 30 dagar innan de börjar gälla.\n\nVid sen betalning debiteras dröjsmålsränta enligt räntelagen.',
        },
        {
          heading: '3. Uppsägning',
          text: 'Kunden kan säga upp avtalet med en månads uppsägningstid. Ingen avgift tas ut.',
        },
      ],
    },
    fi: {
      ...base,
      noticeId: 'terms',
      title: 'Sähkösopimuksen ehdot',
      version: '5.1',
      previousVersion: '5.0',
      summary:
        'Maksat käyttämästäsi sähköstä kuukausittain. Voit irtisanoa sopimuksen milloin vain kuukauden varoitusajalla. Jos hinta muuttuu, kerromme siitä 30 päivää ennen.',
      keyPoints: [
        'Irtisanominen on maksutonta.',
        'Jos maksat myöhässä, lisäämme viivästyskoron.',
        'Sähkökatkon korjaa verkkoyhtiö, ja voit soittaa meille.',
      ],
      changes: ['Voit nyt irtisanoa sopimuksen sovelluksessa.'],
      fullText: [
        {
          heading: '1. Sopimus',
          text: 'Näitä ehtoja sovelletaan Samspill Energia Oy:n kotitalouksille toimittamaan sähköön.',
        },
        {
          heading: '2. Hinta ja maksaminen',
          text: 'Asiakas maksaa kulloinkin voimassa olevan hinnan. Hinnanmuutoksista ilmoitetaan vähintään 30 päivää ennen niiden voimaantuloa.\n\nMyöhästyneestä maksusta peritään korkolain mukainen viivästyskorko.',
        },
        {
          heading: '3. Irtisanominen',
          text: 'Asiakas voi irtisanoa sopimuksen kuukauden irtisanomisajalla. Maksua ei peritä.',
        },
      ],
    },
    uk: {
      ...base,
      noticeId: 'terms',
      title: 'Умови договору',
      version: '5.1',
      previousVersion: '5.0',
      summary:
        'Ви щомісяця платите за електроенергію, яку використали. Ви можете розірвати договір будь-коли, попередивши за місяць. Якщо ми змінимо ціну, повідомимо за 30 днів.',
      keyPoints: [
        'Розірвання договору безкоштовне.',
        'Якщо ви заплатите із запізненням, ми нарахуємо пеню.',
        'Якщо зникне світло, мережева компанія усуне збій, а ви можете зателефонувати нам.',
      ],
      changes: ['Тепер договір можна розірвати в застосунку.'],
      fullText: [
        {
          heading: '1. Договір',
          text: 'Ці умови стосуються постачання електроенергії домогосподарствам компанією Samspill Energi AS.',
        },
        {
          heading: '2. Ціна та оплата',
          text: 'Клієнт сплачує ціну, чинну на момент споживання. Про зміну ціни повідомляють щонайменше за 30 днів до набрання нею чинності.\n\nЗа прострочення оплати нараховується пеня відповідно до закону.',
        },
        {
          heading: '3. Розірвання',
          text: 'Клієнт може розірвати договір, попередивши за один місяць. Плата не стягується.',
        },
      ],
    },
  },
  cookies: {
    en: {
      ...base,
      noticeId: 'cookies',
      title: 'Cookies',
      version: '1.2',
      summary:
        'We use cookies to keep you logged in and to see which pages work badly. We do not use cookies for advertising.',
      keyPoints: [
        'The login cookie is needed for the site to work.',
        'The statistics cookie is only set if you say yes.',
      ],
      fullText: [
        {
          heading: 'Cookies we set',
          text: 'session: keeps you logged in; deleted when you close the browser.\n\nstats: counts page views without identifying you; kept for 13 months; only with your consent.',
        },
      ],
    },
    nb: {
      ...base,
      noticeId: 'cookies',
      title: 'Informasjonskapsler',
      version: '1.2',
      summary:
        'Vi bruker informasjonskapsler for å holde deg innlogget og for å se hvilke sider som fungerer dårlig. Vi bruker dem ikke til reklame.',
      keyPoints: [
        'Innloggingskapselen trengs for at nettsiden skal virke.',
        'Statistikkapselen settes bare hvis du sier ja.',
      ],
      fullText: [
        {
          heading: 'Kapsler vi setter',
          text: 'session: holder deg innlogget; slettes når du lukker nettleseren.\n\nstats: teller sidevisninger uten å identifisere deg; lagres i 13 måneder; bare med ditt samtykke.',
        },
      ],
    },
    nn: {
      ...base,
      noticeId: 'cookies',
      title: 'Informasjonskapslar',
      version: '1.2',
      summary:
        'Vi brukar informasjonskapslar for å halde deg innlogga og for å sjå kva sider som fungerer dårleg. Vi brukar dei ikkje til reklame.',
      keyPoints: [
        'Innloggingskapselen trengst for at nettsida skal verke.',
        'Statistikkapselen blir berre sett viss du seier ja.',
      ],
      fullText: [
        {
          heading: 'Kapslar vi set',
          text: 'session: held deg innlogga; blir sletta når du lukkar nettlesaren.\n\nstats: tel sidevisingar utan å identifisere deg; blir lagra i 13 månader; berre med samtykket ditt.',
        },
      ],
    },
    sv: {
      ...base,
      noticeId: 'cookies',
      title: 'Kakor',
      version: '1.2',
      summary:
        'Vi använder kakor för att hålla dig inloggad och för att se vilka sidor som fungerar dåligt. Vi använder inte kakor för reklam.',
      keyPoints: [
        'Inloggningskakan behövs för att webbplatsen ska fungera.',
        'Statistikkakan sätts bara om du säger ja.',
      ],
      fullText: [
        {
          heading: 'Kakor vi sätter',
          text: 'session: håller dig inloggad; raderas när du stänger webbläsaren.\n\nstats: räknar sidvisningar utan att identifiera dig; sparas i 13 månader; bara med ditt samtycke.',
        },
      ],
    },
    fi: {
      ...base,
      noticeId: 'cookies',
      title: 'Evästeet',
      version: '1.2',
      summary:
        'Käytämme evästeitä, jotta pysyt kirjautuneena ja näemme, mitkä sivut toimivat huonosti. Emme käytä evästeitä mainontaan.',
      keyPoints: [
        'Kirjautumiseväste tarvitaan, jotta sivusto toimii.',
        'Tilastoeväste asetetaan vain, jos annat luvan.',
      ],
      fullText: [
        {
          heading: 'Asettamamme evästeet',
          text: 'session: pitää sinut kirjautuneena; poistuu, kun suljet selaimen.\n\nstats: laskee sivujen katselut tunnistamatta sinua; säilyy 13 kuukautta; vain suostumuksellasi.',
        },
      ],
    },
    uk: {
      ...base,
      noticeId: 'cookies',
      title: 'Файли cookie',
      version: '1.2',
      summary:
        'Ми використовуємо файли cookie, щоб ви залишалися в системі і щоб бачити, які сторінки працюють погано. Ми не використовуємо cookie для реклами.',
      keyPoints: [
        'Cookie для входу потрібен, щоб сайт працював.',
        'Cookie статистики встановлюється лише з вашої згоди.',
      ],
      fullText: [
        {
          heading: 'Які cookie ми встановлюємо',
          text: 'session: зберігає вхід у систему; видаляється, коли ви закриваєте браузер.\n\nstats: рахує перегляди сторінок, не встановлюючи вашої особи; зберігається 13 місяців; лише з вашої згоди.',
        },
      ],
    },
  },
};
