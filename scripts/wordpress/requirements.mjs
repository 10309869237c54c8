// What a local WordPress needs from the system, and how to tell whether it is there; shared by
// start.mjs and scripts/system-packages.mjs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export const WORDPRESS_ROOT = '/usr/share/wordpress';
const themes = `${WORDPRESS_ROOT}/wp-content/themes`;

/** The files and commands a local WordPress needs, with the Debian package that has each. */
export const wordPressRequirements = [
  { path: `${WORDPRESS_ROOT}/wp-load.php`, pkg: 'wordpress' },
  { command: 'mariadbd', pkg: 'mariadb-server' },
  { command: 'mariadb-install-db', pkg: 'mariadb-server' },
  { command: 'php', pkg: 'php-cli' },
  { path: `${themes}/twentytwentyone/style.css`, pkg: 'wordpress-theme-twentytwentyone' },
  { path: `${themes}/twentytwentytwo/style.css`, pkg: 'wordpress-theme-twentytwentytwo' },
  { path: `${themes}/twentytwentythree/style.css`, pkg: 'wordpress-theme-twentytwentythree' },
];

/** @returns {boolean} whether the file exists or the command is on PATH (or in /usr/sbin, /sbin). */
export function isAvailable(requirement) {
  if (requirement.path) return existsSync(requirement.path);
  const folders = (process.env.PATH ?? '').split(':').concat('/usr/sbin', '/sbin');
  return folders.some((folder) => existsSync(join(folder, requirement.command)));
}
