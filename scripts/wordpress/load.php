<?php
// Loads this run's WordPress on the command line, then runs the PHP file named first.
// Usage: CW_WORDPRESS_CONFIG=NAME CW_WORDPRESS_URL=http://127.0.0.1:PORT php load.php script.php [args]
$url = getenv('CW_WORDPRESS_URL');
$_SERVER['WORDPRESS_CONFIG'] = getenv('CW_WORDPRESS_CONFIG');
$_SERVER['HTTP_HOST'] = parse_url($url, PHP_URL_HOST) . ':' . parse_url($url, PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
require '/usr/share/wordpress/wp-load.php';
$script = $argv[1];
array_shift($argv);
require $script;
