// Browser tests see components as an app shows them: with the token stylesheet the app links once.
import '@samspill/tokens/css/samspill.css';
