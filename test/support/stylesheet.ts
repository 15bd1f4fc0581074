// Browser tests see components as an app shows them: with the token, component and pattern stylesheets the app
// links once.
import '@samspill/tokens/css/samspill.css';
import '@samspill/react/styles.css';
import '@samspill/patterns/styles.css';
