// Applies the two host styles and shows their source next to each list.
import './theme-editorial.css';
import './theme-night.css';
import editorialCss from './theme-editorial.css?raw';
import nightCss from './theme-night.css?raw';

for (const [id, css] of [
  ['editorial-css', editorialCss],
  ['night-css', nightCss],
] as const) {
  const code = document.getElementById(id);
  if (code) code.textContent = css.trim();
}
