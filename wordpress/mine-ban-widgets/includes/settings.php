<?php
/**
 * Settings → Mine Ban Widgets: load the library from the plugin folder (default) or the CDN.
 *
 * @package mine-ban-widgets
 */

defined( 'ABSPATH' ) || exit;

add_action(
	'admin_init',
	function () {
		register_setting(
			'mbc',
			'mbc_source',
			array(
				'type'              => 'string',
				'default'           => 'plugin',
				'sanitize_callback' => function ( $value ) {
					return 'cdn' === $value ? 'cdn' : 'plugin';
				},
			)
		);
	}
);

add_action(
	'admin_menu',
	function () {
		add_options_page( __( 'Mine Ban Widgets', 'mine-ban-widgets' ), __( 'Mine Ban Widgets', 'mine-ban-widgets' ), 'manage_options', 'mbc', 'mbc_settings_page' );
	}
);

/** The settings page. */
function mbc_settings_page() {
	$source = get_option( 'mbc_source', 'plugin' );
	echo '<div class="wrap"><h1>' . esc_html__( 'Mine Ban Widgets', 'mine-ban-widgets' ) . '</h1><form method="post" action="options.php">';
	settings_fields( 'mbc' );
	echo '<fieldset><legend>' . esc_html__( 'Load the widgets from', 'mine-ban-widgets' ) . '</legend>';
	echo '<p><label><input type="radio" name="mbc_source" value="plugin"' . checked( $source, 'plugin', false ) . '> ' . esc_html__( 'this site (the plugin folder)', 'mine-ban-widgets' ) . '</label></p>';
	echo '<p><label><input type="radio" name="mbc_source" value="cdn"' . checked( $source, 'cdn', false ) . '> ' . esc_html__( 'the jsDelivr CDN', 'mine-ban-widgets' ) . '</label></p>';
	echo '</fieldset>';
	submit_button();
	echo '</form></div>';
}
