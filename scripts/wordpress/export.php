<?php
// Prints the site's WXR export as WordPress's own Tools > Export writes it (run through load.php).
require_once ABSPATH . 'wp-admin/includes/export.php';
export_wp(['content' => 'all']);
