<?php
/**
 * Plugin Name:       Mine Ban Widgets
 * Description:       Blocks and a [mbc] shortcode for the campaign for the Anti-Personnel Mine Ban Convention: the joint statement, its signatory States, achievement counters, commitments and the call to action. Rendered on the server, so every editor role can use them.
 * Version:           @VERSION@
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * License:           MIT
 * Text Domain:       mine-ban-widgets
 *
 * @package mine-ban-widgets
 */

defined( 'ABSPATH' ) || exit;

define( 'MBC_VERSION', '@VERSION@' );
define( 'MBC_DIR', __DIR__ );
define( 'MBC_URL', plugin_dir_url( __FILE__ ) );

require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/settings.php';

add_action( 'init', 'mbc_register_blocks' );
add_shortcode( 'mbc', 'mbc_shortcode' );
add_action( 'save_post', 'mbc_check_post', 10, 2 );
add_action( 'admin_notices', 'mbc_admin_notices' );
// Multi-line tags pasted by an Administrator in the classic editor: kept whole through wpautop.
add_filter( 'the_content', 'mbc_hold_tags', 8 );
add_filter( 'the_content', 'mbc_restore_tags', 12 );
// An Author's inline JSON in a data form (its script element removed by kses): data again, before wptexturize.
add_filter( 'the_content', 'mbc_restore_inline_json', 9 );
