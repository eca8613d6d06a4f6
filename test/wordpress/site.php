<?php
/**
 * The test's hands inside WordPress, from the command line (php site.php <root> <command> [json file]):
 * - install: installs the site, creates an Administrator and an Author, activates the plugin;
 * - posts <file>: saves each post of the file (role, title, content, classic) with
 *   wp_insert_post as that role, so kses filters it exactly as the editor's save does;
 *   prints the ids and what was stored;
 * - option <name> [value]: sets a site option (no value: deletes it), e.g. WPLANG, mbc_source.
 * Prints JSON.
 */

$root = $argv[1];
$command = $argv[2];
$_SERVER['HTTP_HOST'] = 'localhost';
if ( 'install' === $command ) {
	define( 'WP_INSTALLING', true );
}
require $root . '/wp-load.php';
require_once ABSPATH . 'wp-admin/includes/upgrade.php';
require_once ABSPATH . 'wp-admin/includes/plugin.php';

$out = array();
add_filter( 'pre_wp_mail', '__return_false' );
if ( 'install' === $command ) {
	if ( ! is_blog_installed() ) {
		wp_install( 'Mine Ban test', 'admin', 'admin@example.org', false, '', 'admin-password-1' );
	}
	$author = username_exists( 'author' ) ?: wp_insert_user(
		array(
			'user_login' => 'author',
			'user_pass'  => 'author-password-1',
			'user_email' => 'author@example.org',
			'role'       => 'author',
		)
	);
	$admin  = get_user_by( 'login', 'admin' )->ID;
	$result = activate_plugin( 'mine-ban-widgets/mine-ban-widgets.php' );
	update_user_meta( $admin, 'show_welcome_panel', 0 );
	$out    = array(
		'version'   => get_bloginfo( 'version' ),
		'admin'     => array( 'id' => $admin, 'unfiltered_html' => user_can( $admin, 'unfiltered_html' ) ),
		'author'    => array( 'id' => $author, 'unfiltered_html' => user_can( $author, 'unfiltered_html' ) ),
		'activated' => ! is_wp_error( $result ) && is_plugin_active( 'mine-ban-widgets/mine-ban-widgets.php' ),
		'error'     => is_wp_error( $result ) ? $result->get_error_message() : null,
	);
} elseif ( 'posts' === $command ) {
	$posts = json_decode( file_get_contents( $argv[3] ), true );
	foreach ( $posts as $post ) {
		$user = get_user_by( 'login', 'administrator' === $post['role'] ? 'admin' : 'author' );
		wp_set_current_user( $user->ID );
		$id = wp_insert_post(
			wp_slash(
				array(
					'post_title'   => $post['title'],
					'post_content' => $post['content'],
					'post_status'  => 'publish',
					'post_author'  => $user->ID,
				)
			),
			true
		);
		if ( ! empty( $post['classic'] ) ) {
			update_post_meta( $id, '_mbc_classic', 1 );
		}
		$out[] = array(
			'id'       => $id,
			'stored'   => get_post_field( 'post_content', $id, 'raw' ),
			'problems' => get_post_meta( $id, '_mbc_problems', true ),
		);
	}
} elseif ( 'option' === $command ) {
	if ( isset( $argv[4] ) ) {
		update_option( $argv[3], $argv[4] );
	} else {
		delete_option( $argv[3] );
	}
	$out = array( $argv[3] => get_option( $argv[3] ) );
}
echo wp_json_encode( $out );
