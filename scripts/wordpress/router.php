<?php
// Router for PHP's built-in server in front of Debian's WordPress. It picks this run's config
// (/etc/wordpress/config-NAME.php through WORDPRESS_CONFIG, so runs on other ports never share one),
// logs each request with its status for the tests that count requests, and serves as Apache's
// rewrite rules would: static files as they are, everything else through index.php.
$_SERVER['WORDPRESS_CONFIG'] = getenv('CW_WORDPRESS_CONFIG');
$log = getenv('CW_WORDPRESS_LOG');
if ($log) {
    // Logged as the headers go out, so the line is written before the client sees the response.
    header_register_callback(function () use ($log) {
        file_put_contents(
            $log,
            json_encode([
                'method' => $_SERVER['REQUEST_METHOD'],
                'uri' => $_SERVER['REQUEST_URI'],
                'status' => http_response_code(),
                'agent' => $_SERVER['HTTP_USER_AGENT'] ?? '',
            ]) . "\n",
            FILE_APPEND | LOCK_EX
        );
    });
}
$root = '/usr/share/wordpress';
$path = rawurldecode(parse_url($_SERVER['REQUEST_URI'], PHP_URL_PATH) ?? '/');
$file = realpath($root . $path);
if ($file !== false && strpos($file, $root . '/') === 0 && is_file($file) && substr($file, -4) !== '.php') {
    return false;
}
if ($file !== false && is_dir($file) && is_file($file . '/index.php')) {
    $file = $file . '/index.php';
}
if ($file === false || strpos($file, $root . '/') !== 0 || !is_file($file) || substr($file, -4) !== '.php') {
    $file = $root . '/index.php';
}
$_SERVER['SCRIPT_FILENAME'] = $file;
$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = substr($file, strlen($root));
chdir(dirname($file));
require $file;
