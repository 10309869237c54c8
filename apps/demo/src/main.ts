// Every demo page: the five elements from npm (Lit shared, bundled by Vite) and the site styles.
import '@competencyworks/widgets';
import './site.css';
