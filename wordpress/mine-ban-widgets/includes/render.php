<?php
/**
 * Rendering: blocks and the shortcode become `<mbc-…>` tags at view time, so nothing
 * passes kses. Every attribute is checked against manifest.json (made by
 * `npm run build:wordpress` from custom-elements.json) and escaped; unknown
 * attributes and values outside the allowed ones are dropped, never printed.
 *
 * @package mine-ban-widgets
 */

defined( 'ABSPATH' ) || exit;

/**
 * The elements and their attributes (manifest.json), read once.
 *
 * @return array<string, array> Element name => { tag, title, description, attributes }.
 */
function mbc_elements() {
	static $elements = null;
	if ( null === $elements ) {
		$manifest = json_decode( (string) file_get_contents( MBC_DIR . '/manifest.json' ), true );
		$elements = is_array( $manifest ) && isset( $manifest['elements'] ) ? $manifest['elements'] : array();
	}
	return $elements;
}

/** Registers one dynamic block per element from blocks/<name>/block.json. */
function mbc_register_blocks() {
	foreach ( array_keys( mbc_elements() ) as $name ) {
		register_block_type(
			MBC_DIR . '/blocks/' . $name,
			array(
				'render_callback' => function ( $attributes ) use ( $name ) {
					return mbc_render_block( $name, $attributes );
				},
			)
		);
	}
}

/**
 * Checks attribute values against the manifest.
 *
 * @param string $name  Element name (without mbc-).
 * @param array  $given Attribute name => value, as stored.
 * @return array{0: array<string, string>, 1: string[]} The attributes to print, and what was dropped (names, for the notice).
 */
function mbc_check_attributes( $name, $given ) {
	$elements = mbc_elements();
	$known    = array();
	foreach ( $elements[ $name ]['attributes'] as $attribute ) {
		$known[ $attribute['name'] ] = $attribute;
	}
	$keep    = array();
	$dropped = array();
	foreach ( $given as $key => $value ) {
		$key = strtolower( (string) $key );
		if ( ! isset( $known[ $key ] ) || ! is_scalar( $value ) ) {
			$dropped[] = $key;
			continue;
		}
		$value = trim( (string) $value );
		if ( '' === $value ) {
			continue;
		}
		$attribute = $known[ $key ];
		$ok        = true;
		if ( 'enum' === $attribute['kind'] ) {
			$ok = in_array( $value, $attribute['values'], true );
		} elseif ( 'url' === $attribute['kind'] ) {
			$url = esc_url_raw( $value, array( 'http', 'https', 'mailto' ) );
			$ok  = '' !== $url && ( preg_match( '#^(https?:|mailto:)#i', $url ) || ! preg_match( '#^[a-z][a-z0-9+.-]*:#i', $value ) );
		} elseif ( 'lang' === $attribute['kind'] ) {
			$ok = (bool) preg_match( '/^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8}){0,4}$/', $value );
		} else {
			$ok = strlen( $value ) <= 2000;
		}
		if ( $ok ) {
			$keep[ $key ] = $value;
		} else {
			$dropped[] = $key . '=' . $value;
		}
	}
	return array( $keep, $dropped );
}

/**
 * The no-JS fallback text of an element: the editor's own, else what the attributes say.
 *
 * @param string $name       Element name.
 * @param array  $attributes Checked attributes.
 * @param string $fallback   The fallback the editor wrote (may be empty).
 */
function mbc_fallback_text( $name, $attributes, $fallback ) {
	$fallback = trim( wp_strip_all_tags( (string) $fallback ) );
	if ( '' !== $fallback ) {
		return $fallback;
	}
	if ( 'achievement-counter' === $name ) {
		// Only with a label: without one the counter takes its label from the data, and
		// fallback text would become its label.
		if ( empty( $attributes['label'] ) || ! isset( $attributes['value'] ) || ! is_numeric( $attributes['value'] ) ) {
			return '';
		}
		$figure = number_format_i18n( (float) $attributes['value'] );
		return trim( ( $attributes['prefix'] ?? '' ) . ' ' . $figure . ( $attributes['suffix'] ?? '' ) . ' ' . $attributes['label'] );
	}
	foreach ( array( 'heading', 'text', 'label' ) as $key ) {
		if ( ! empty( $attributes[ $key ] ) ) {
			return $attributes[ $key ];
		}
	}
	$defaults = array(
		'achievement-list' => __( 'What the Anti-Personnel Mine Ban Convention achieved: over 55 million stockpiled mines destroyed, casualties down by more than 75 percent.', 'mine-ban-widgets' ),
		'call-to-action'   => __( 'Join the States that champion the Anti-Personnel Mine Ban Convention.', 'mine-ban-widgets' ),
		'commitment-list'  => __( 'We commit to defend humanitarian disarmament obligations and norms.', 'mine-ban-widgets' ),
		'quote'            => __( 'The Anti-Personnel Mine Ban Convention saves lives.', 'mine-ban-widgets' ),
		'signatory-list'   => __( 'The States that joined the joint statement on the Anti-Personnel Mine Ban Convention.', 'mine-ban-widgets' ),
		'statement-card'   => __( 'Joint Statement of the Champions of the Secretary-General\'s Campaign for the Anti-Personnel Mine Ban Convention.', 'mine-ban-widgets' ),
	);
	return $defaults[ $name ] ?? '';
}

/**
 * The tag for an element: checked, escaped attributes, the fallback text, and inline
 * JSON (re-encoded so that it can never close its script element).
 *
 * @param string $name       Element name.
 * @param array  $attributes Attributes as given.
 * @param string $fallback   Fallback text.
 * @param string $json       Inline statement JSON, or empty.
 */
function mbc_render( $name, $attributes, $fallback = '', $json = '' ) {
	$elements = mbc_elements();
	if ( ! isset( $elements[ $name ] ) ) {
		return '';
	}
	list( $keep ) = mbc_check_attributes( $name, $attributes );
	mbc_enqueue_loader();
	$html = '<' . $elements[ $name ]['tag'];
	foreach ( $keep as $key => $value ) {
		$html .= ' ' . $key . '="' . ( in_array( $key, array( 'src', 'href' ), true ) ? esc_url( $value, array( 'http', 'https', 'mailto' ) ) : esc_attr( $value ) ) . '"';
	}
	$html .= '>' . esc_html( mbc_fallback_text( $name, $keep, $fallback ) );
	$data  = '' === trim( (string) $json ) ? null : json_decode( (string) $json, true );
	if ( is_array( $data ) ) {
		$html .= '<script type="application/json">' . wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE ) . '</script>';
	}
	// One line: nothing for wpautop to split.
	return $html . '</' . $elements[ $name ]['tag'] . '>';
}

/**
 * A block's render callback.
 *
 * @param string $name       Element name.
 * @param array  $attributes Block attributes.
 */
function mbc_render_block( $name, $attributes ) {
	$fallback = $attributes['fallback'] ?? '';
	$json     = $attributes['json'] ?? '';
	unset( $attributes['fallback'], $attributes['json'], $attributes['className'], $attributes['align'], $attributes['lock'], $attributes['metadata'] );
	$wrapper = function_exists( 'get_block_wrapper_attributes' ) ? get_block_wrapper_attributes() : '';
	return '<div ' . $wrapper . '>' . mbc_render( $name, $attributes, $fallback, $json ) . '</div>';
}

/**
 * `[mbc element="achievement-counter" value="55000000" format="compact" label="…"]fallback[/mbc]`.
 * The content between the tags is the fallback text, or inline statement JSON.
 *
 * @param array|string $atts    Shortcode attributes.
 * @param string|null  $content Enclosed content.
 */
function mbc_shortcode( $atts, $content = null ) {
	$atts = is_array( $atts ) ? $atts : array();
	$name = isset( $atts['element'] ) ? preg_replace( '/^mbc-/', '', strtolower( (string) $atts['element'] ) ) : '';
	unset( $atts['element'] );
	// Positional words (`[mbc foo]`) are not attributes.
	$atts    = array_filter( $atts, 'is_string', ARRAY_FILTER_USE_KEY );
	$content = trim( str_replace( array( '<p>', '</p>', '<br />', '<br>' ), ' ', (string) $content ) );
	$json    = '';
	$text    = html_entity_decode( wp_strip_all_tags( $content ), ENT_QUOTES );
	if ( '' !== $text && '{' === $text[0] && is_array( json_decode( $text, true ) ) ) {
		$json = $text;
		$text = '';
	}
	return mbc_render( $name, $atts, $text, $json );
}

/**
 * Everything a post's blocks and shortcodes would drop: element => dropped names.
 *
 * @param string $content Post content.
 * @return string[]
 */
function mbc_problems( $content ) {
	$problems = array();
	$elements = mbc_elements();
	foreach ( parse_blocks( $content ) as $block ) {
		if ( ! empty( $block['blockName'] ) && 0 === strpos( $block['blockName'], 'mine-ban-widgets/' ) ) {
			$name  = substr( $block['blockName'], strlen( 'mine-ban-widgets/' ) );
			$attrs = $block['attrs'];
			unset( $attrs['fallback'], $attrs['json'], $attrs['className'], $attrs['align'], $attrs['lock'], $attrs['metadata'] );
			if ( isset( $elements[ $name ] ) ) {
				list( , $dropped ) = mbc_check_attributes( $name, $attrs );
				foreach ( $dropped as $what ) {
					$problems[] = 'mbc-' . $name . ': ' . $what;
				}
			}
		}
	}
	if ( preg_match_all( '/' . get_shortcode_regex( array( 'mbc' ) ) . '/s', $content, $matches, PREG_SET_ORDER ) ) {
		foreach ( $matches as $match ) {
			$atts = shortcode_parse_atts( $match[3] );
			$atts = is_array( $atts ) ? $atts : array();
			$name = isset( $atts['element'] ) ? preg_replace( '/^mbc-/', '', strtolower( (string) $atts['element'] ) ) : '';
			unset( $atts['element'] );
			if ( ! isset( $elements[ $name ] ) ) {
				$problems[] = '[mbc]: element=' . $name;
				continue;
			}
			list( , $dropped ) = mbc_check_attributes( $name, array_filter( $atts, 'is_string', ARRAY_FILTER_USE_KEY ) );
			foreach ( $dropped as $what ) {
				$problems[] = '[mbc element="' . $name . '"]: ' . $what;
			}
		}
	}
	return $problems;
}

/**
 * On save: remembers what the post's blocks and shortcodes drop, for the notice.
 *
 * @param int     $post_id Post id.
 * @param WP_Post $post    The post.
 */
function mbc_check_post( $post_id, $post ) {
	if ( wp_is_post_revision( $post_id ) ) {
		return;
	}
	$problems = mbc_problems( $post->post_content );
	if ( $problems ) {
		update_post_meta( $post_id, '_mbc_problems', $problems );
	} else {
		delete_post_meta( $post_id, '_mbc_problems' );
	}
}

/** The admin notice on the post's edit screen: which attributes were dropped (as text). */
function mbc_admin_notices() {
	$screen = function_exists( 'get_current_screen' ) ? get_current_screen() : null;
	$post   = get_post();
	if ( ! $screen || 'post' !== $screen->base || ! $post || ! current_user_can( 'edit_post', $post->ID ) ) {
		return;
	}
	$problems = get_post_meta( $post->ID, '_mbc_problems', true );
	if ( $problems ) {
		echo '<div class="notice notice-warning mbc-notice"><p>' . esc_html( mbc_notice_text( $problems ) ) . '</p></div>';
	}
}

/**
 * The notice's text.
 *
 * @param string[] $problems What was dropped.
 */
function mbc_notice_text( $problems ) {
	/* translators: %s: the attributes that were dropped. */
	return sprintf( __( 'Mine Ban Widgets: unknown attributes or values not allowed were dropped, not shown to readers: %s', 'mine-ban-widgets' ), implode( '; ', (array) $problems ) );
}

/**
 * Classic posts: a multi-line `<mbc-…>` tag (an Administrator's paste) is held aside
 * before wpautop and put back after it, so its fallback `<p>` stays inside.
 *
 * @param string $content Post content.
 */
function mbc_hold_tags( $content ) {
	global $mbc_held;
	$mbc_held = array();
	if ( false === strpos( $content, '<mbc-' ) || has_blocks( $content ) ) {
		return $content;
	}
	mbc_enqueue_loader();
	return preg_replace_callback(
		'#<(mbc-[a-z-]+)\b[^>]*>(?:(?!<\1\b).)*?</\1>#s',
		function ( $match ) use ( &$mbc_held ) {
			if ( false === strpos( $match[0], "\n" ) ) {
				return $match[0];
			}
			$mbc_held[] = $match[0];
			return "\n<div data-mbc-held=\"" . ( count( $mbc_held ) - 1 ) . "\"></div>\n";
		},
		$content
	);
}

/**
 * Puts back what mbc_hold_tags held.
 *
 * @param string $content Post content after wpautop.
 */
function mbc_restore_tags( $content ) {
	global $mbc_held;
	if ( empty( $mbc_held ) ) {
		return $content;
	}
	$held     = $mbc_held;
	$mbc_held = array();
	return preg_replace_callback(
		'#<div data-mbc-held="(\d+)"></div>#',
		function ( $match ) use ( $held ) {
			return $held[ (int) $match[1] ] ?? '';
		},
		$content
	);
}

/**
 * Inline JSON in a data form, saved by an Author: kses removed its
 * `<script type="application/json">` and left the JSON as text, which wptexturize would
 * then curl into something no parser reads. Put back as data before wptexturize runs:
 * decoded, re-encoded so that it can never close its script element.
 *
 * @param string $content Post content.
 */
function mbc_restore_inline_json( $content ) {
	if ( false === strpos( $content, 'data-mbc=' ) ) {
		return $content;
	}
	return preg_replace_callback(
		'#(<(div|p|span|blockquote)\b[^>]*\bdata-mbc=["\'][a-z-]+["\'][^>]*>)\s*(\{[^<]*\})\s*(</\2>)#',
		function ( $match ) {
			$data = json_decode( html_entity_decode( $match[3], ENT_QUOTES | ENT_HTML5, 'UTF-8' ), true );
			if ( ! is_array( $data ) ) {
				return $match[0];
			}
			return $match[1] . '<script type="application/json">' . wp_json_encode( $data, JSON_HEX_TAG | JSON_HEX_AMP | JSON_UNESCAPED_UNICODE ) . '</script>' . $match[4];
		},
		$content
	);
}
