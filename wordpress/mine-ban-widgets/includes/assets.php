<?php
/**
 * Scripts: the loader as a module, only on pages with a block, a shortcode or a
 * CMS-safe form; the editor script and the live widgets in the block editor.
 *
 * @package mine-ban-widgets
 */

defined( 'ABSPATH' ) || exit;

/** Where the library's files are: the plugin's dist/ (default) or the CDN, for this version. */
function mbc_library_base() {
	if ( 'cdn' === get_option( 'mbc_source', 'plugin' ) ) {
		return 'https://cdn.jsdelivr.net/npm/mine-ban-widgets@' . rawurlencode( MBC_VERSION ) . '/dist/';
	}
	return MBC_URL . 'dist/';
}

/** Enqueues loader.js as a module, once (called by every render). */
function mbc_enqueue_loader() {
	static $done = false;
	if ( $done || is_admin() ) {
		return;
	}
	$done = true;
	$url  = mbc_library_base() . 'loader.js';
	if ( function_exists( 'wp_enqueue_script_module' ) ) {
		wp_enqueue_script_module( 'mine-ban-widgets-loader', $url, array(), MBC_VERSION );
	} else {
		wp_enqueue_script( 'mine-ban-widgets-loader', $url, array(), MBC_VERSION, true );
	}
}

/**
 * Before 6.5: the loader's script tag as a module.
 *
 * @param string $tag    The script tag.
 * @param string $handle Its handle.
 * @param string $src    Its URL.
 */
function mbc_module_tag( $tag, $handle, $src ) {
	if ( 'mine-ban-widgets-loader' !== $handle ) {
		return $tag;
	}
	return '<script type="module" src="' . esc_url( $src ) . '"></script>' . "\n"; // phpcs:ignore WordPress.WP.EnqueuedResources
}
add_filter( 'script_loader_tag', 'mbc_module_tag', 10, 3 );

/**
 * Link and data forms in a post (an Author's, without the plugin's blocks): the loader
 * is enqueued for them too.
 *
 * @param string $content Post content.
 */
function mbc_content_needs_loader( $content ) {
	if ( false !== strpos( $content, '#mbc=' ) || false !== strpos( $content, 'data-mbc=' ) || false !== strpos( $content, '<mbc-' ) ) {
		mbc_enqueue_loader();
	}
	return $content;
}
add_filter( 'the_content', 'mbc_content_needs_loader', 7 );

/** The editor script, and the data it needs (the manifest, this post's notices). */
function mbc_register_editor_script() {
	wp_register_script(
		'mine-ban-widgets-editor',
		MBC_URL . 'editor.js',
		array( 'wp-blocks', 'wp-element', 'wp-block-editor', 'wp-components', 'wp-i18n', 'wp-data', 'wp-dom-ready' ),
		MBC_VERSION,
		false
	);
	$post     = get_post();
	$problems = $post ? get_post_meta( $post->ID, '_mbc_problems', true ) : '';
	wp_add_inline_script(
		'mine-ban-widgets-editor',
		'window.mbcWidgets = ' . wp_json_encode(
			array(
				'elements' => mbc_elements(),
				'notice'   => $problems ? mbc_notice_text( $problems ) : '',
			)
		) . ';',
		'before'
	);
}
add_action( 'init', 'mbc_register_editor_script', 5 );
add_action(
	'enqueue_block_editor_assets',
	function () {
		// Re-made here so that the notice is the edited post's (init runs before the post is known).
		wp_deregister_script( 'mine-ban-widgets-editor' );
		mbc_register_editor_script();
	},
	1
);

/**
 * The live widgets in the editor: the library in the editor canvas, iframe included
 * (enqueue_block_assets runs for it). A classic script that imports the loader beside
 * it, since module scripts do not reach the iframe on every version.
 */
function mbc_editor_canvas_assets() {
	if ( is_admin() ) {
		wp_enqueue_script( 'mine-ban-widgets-canvas', mbc_library_base() . 'mine-ban-widgets.classic.js', array(), MBC_VERSION, false );
	}
}
add_action( 'enqueue_block_assets', 'mbc_editor_canvas_assets' );
