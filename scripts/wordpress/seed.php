<?php
// Installs WordPress into this run's private database and seeds it through WordPress's own PHP API.
// Usage: CW_WORDPRESS_CONFIG=NAME CW_WORDPRESS_URL=http://127.0.0.1:PORT php seed.php seed.json
// The seed (see start.mjs) lists users and posts; prints {"ids": {key: post id}} as JSON.
$url = getenv('CW_WORDPRESS_URL');
$_SERVER['WORDPRESS_CONFIG'] = getenv('CW_WORDPRESS_CONFIG');
$_SERVER['HTTP_HOST'] = parse_url($url, PHP_URL_HOST) . ':' . parse_url($url, PHP_URL_PORT);
$_SERVER['REQUEST_URI'] = '/';
define('WP_INSTALLING', true);
require '/usr/share/wordpress/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';

$seed = json_decode(file_get_contents($argv[1]), true, 512, JSON_THROW_ON_ERROR);
// wp_install mails the admin; there is no sendmail here and no one to read it.
add_filter('pre_wp_mail', '__return_false');
$installed = wp_install($seed['title'], 'admin', 'admin@example.org', true, '', 'cw-test-password');
update_option('siteurl', $url);
update_option('home', $url);
update_option('blogdescription', $seed['description'] ?? '');
update_option('permalink_structure', $seed['permalinks'] ?? '/%year%/%monthnum%/%day%/%postname%/');
update_option('posts_per_page', $seed['postsPerPage'] ?? 10);
update_option('default_comment_status', 'open');
if (!empty($seed['theme'])) switch_theme($seed['theme']);
// The install's sample post, page and comment are not part of the seed.
foreach (get_posts(['post_type' => 'any', 'post_status' => 'any', 'numberposts' => -1]) as $sample) {
    wp_delete_post($sample->ID, true);
}
wp_delete_post(2, true);

$users = ['admin' => $installed['user_id']];
foreach ($seed['users'] ?? [] as $user) {
    $users[$user['login']] = wp_insert_user([
        'user_login' => $user['login'],
        'user_pass' => wp_generate_password(),
        'display_name' => $user['name'],
        'nickname' => $user['name'],
        'user_nicename' => sanitize_title($user['name']),
        'role' => 'author',
    ]);
}

$ids = [];
function cw_seed_check($value, $what) {
    if (is_wp_error($value) || !$value) {
        fwrite(STDERR, "seed: $what failed: " . (is_wp_error($value) ? $value->get_error_message() : 'no id') . "\n");
        exit(1);
    }
    return $value;
}
foreach ($seed['attachments'] ?? [] as $attachment) {
    $id = cw_seed_check(wp_insert_attachment([
        'post_title' => $attachment['title'],
        'post_excerpt' => $attachment['caption'] ?? '',
        'post_mime_type' => $attachment['mime'],
        'post_status' => 'inherit',
        'guid' => $attachment['url'],
    ], false, 0, true), "attachment {$attachment['key']}");
    // The file itself is not stored here; WordPress builds the URL from this path under uploads.
    update_post_meta($id, '_wp_attached_file', $attachment['file']);
    update_post_meta($id, '_wp_attachment_metadata', [
        'width' => $attachment['width'] ?? 800,
        'height' => $attachment['height'] ?? 600,
        'file' => $attachment['file'],
        'sizes' => [],
    ]);
    if (!empty($attachment['alt'])) update_post_meta($id, '_wp_attachment_image_alt', $attachment['alt']);
    $ids[$attachment['key']] = $id;
}
$generated = [];
for ($i = 1; $i <= ($seed['generate'] ?? 0); $i++) {
    $generated[] = [
        'key' => "generated-$i",
        'title' => "Generated post $i",
        'content' => "Generated paragraph one of post $i.\n\nGenerated paragraph two of post $i.",
        'date' => gmdate('Y-m-d H:i:s', strtotime('2015-01-01 00:00:00 UTC') + $i * 3600),
    ];
}
foreach (array_merge($seed['posts'], $generated) as $post) {
    $fields = [
        'post_type' => $post['type'] ?? 'post',
        'post_status' => $post['status'] ?? 'publish',
        'post_title' => $post['title'] ?? '',
        'post_content' => $post['content'] ?? '',
        'post_excerpt' => $post['excerpt'] ?? '',
        'post_author' => $users[$post['author'] ?? 'admin'],
        'post_password' => $post['password'] ?? '',
        'post_date' => $post['date'],
        'post_date_gmt' => $post['date'],
        'post_name' => $post['slug'] ?? '',
        'comment_status' => 'open',
    ];
    $id = cw_seed_check(wp_insert_post(wp_slash($fields), true), "post {$post['key']}");
    if (!empty($post['categories'])) wp_set_object_terms($id, $post['categories'], 'category');
    if (!empty($post['tags'])) wp_set_object_terms($id, $post['tags'], 'post_tag');
    foreach ($post['meta'] ?? [] as $name => $value) add_post_meta($id, wp_slash($name), wp_slash($value));
    if (!empty($post['thumbnail'])) set_post_thumbnail($id, $ids[$post['thumbnail']]);
    foreach ($post['attachments'] ?? [] as $key) wp_update_post(['ID' => $ids[$key], 'post_parent' => $id]);
    foreach ($post['comments'] ?? [] as $comment) {
        cw_seed_check(wp_insert_comment([
            'comment_post_ID' => $id,
            'comment_author' => $comment['author'],
            'comment_author_email' => $comment['email'] ?? '',
            'comment_content' => $comment['content'],
            'comment_approved' => $comment['approved'] ?? 1,
            'comment_date' => $post['date'],
            'comment_date_gmt' => $post['date'],
        ]), "comment on {$post['key']}");
    }
    $ids[$post['key']] = $id;
}
// wp_insert_post stamps every post as modified now; a real blog's posts were last modified when
// they were written, which is what incremental reads (modified_after) rely on.
global $wpdb;
$wpdb->query("UPDATE {$wpdb->posts} SET post_modified = post_date, post_modified_gmt = post_date_gmt");
echo json_encode(['ids' => $ids]), "\n";
