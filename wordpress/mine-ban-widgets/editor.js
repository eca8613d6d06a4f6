/**
 * The block editor side of the plugin, plain JS on WordPress's globals (no build step).
 * For each element of window.mbcWidgets.elements (manifest.json, from
 * custom-elements.json): the sidebar controls (a select for allowed values, a text
 * field otherwise), the live widget in the canvas (the real `<mbc-…>` element; the
 * library is loaded there by the plugin), and paste rules: a pasted tag, link form
 * (`a[href*="#mbc="]`) or data form (`[data-mbc]`) becomes the block.
 */
(function (wp, config) {
  'use strict';
  if (!wp || !config) return;
  var el = wp.element.createElement;
  var __ = wp.i18n.__;
  var be = wp.blockEditor;
  var c = wp.components;

  /** The element's attributes from a tag (its attributes), a link form (the fragment) or a data form (data-*). */
  function fromNode(name, node) {
    var element = config.elements[name];
    var known = {};
    element.attributes.forEach(function (a) {
      known[a.name] = a;
    });
    var attributes = {};
    var take = function (key, value) {
      var a = known[key];
      if (!a || typeof value !== 'string') return;
      if (a.values && a.values.indexOf(value) === -1) return;
      attributes[key] = value;
    };
    var link = node.matches('a') ? node : node.querySelector('a[href*="#mbc="]');
    if (node.localName === element.tag) {
      node.getAttributeNames().forEach(function (key) {
        take(key, node.getAttribute(key));
      });
    } else if (node.hasAttribute('data-mbc')) {
      node.getAttributeNames().forEach(function (key) {
        if (key.indexOf('data-') === 0 && key !== 'data-mbc') take(key.slice(5), node.getAttribute(key));
      });
    } else if (link) {
      var params = new URLSearchParams(link.hash.slice(1));
      params.forEach(function (value, key) {
        if (key !== 'mbc') take(key, value);
      });
    }
    var json = node.querySelector('script[type="application/json"]');
    if (json) attributes.json = json.textContent;
    var text = '';
    node.childNodes.forEach(function (child) {
      if (child.nodeName !== 'SCRIPT') text += ' ' + child.textContent;
    });
    text = text.replace(/\s+/g, ' ').trim();
    if (text) attributes.fallback = text;
    return attributes;
  }

  function linkName(node) {
    var link = node.matches('a') ? node : node.children.length === 1 && node.querySelector(':scope > a[href*="#mbc="]');
    if (!link || (link !== node && node.textContent.trim() !== link.textContent.trim())) return null;
    var params = new URLSearchParams((link.hash || '').slice(1));
    return params.get('mbc');
  }

  function transformsFor(name) {
    var element = config.elements[name];
    var blockName = 'mine-ban-widgets/' + name;
    var names = element.attributes.map(function (a) {
      return a.name;
    });
    var dataNames = ['data-mbc'].concat(
      names.map(function (n) {
        return 'data-' + n;
      }),
    );
    var create = function (node) {
      return wp.blocks.createBlock(blockName, fromNode(name, node));
    };
    return {
      from: [
        {
          type: 'raw',
          priority: 5,
          selector: element.tag,
          schema: function (args) {
            var schema = {};
            schema[element.tag] = {
              attributes: names,
              children: Object.assign(
                { script: { attributes: ['type'], children: { '#text': {} } } },
                args.phrasingContentSchema,
              ),
            };
            return schema;
          },
          isMatch: function (node) {
            return node.localName === element.tag;
          },
          transform: create,
        },
        {
          type: 'raw',
          priority: 5,
          schema: function (args) {
            return {
              div: { attributes: dataNames, children: args.phrasingContentSchema },
              p: { attributes: dataNames, children: args.phrasingContentSchema },
            };
          },
          isMatch: function (node) {
            return (node.localName === 'div' || node.localName === 'p') && node.getAttribute('data-mbc') === name;
          },
          transform: create,
        },
        {
          type: 'raw',
          priority: 5,
          isMatch: function (node) {
            return (node.localName === 'p' || node.localName === 'a') && linkName(node) === name;
          },
          transform: create,
        },
      ],
    };
  }

  /** The sidebar control of one attribute. */
  function control(a, props) {
    var value = props.attributes[a.name] || '';
    var set = function (v) {
      var next = {};
      next[a.name] = v === '' ? undefined : v;
      props.setAttributes(next);
    };
    if (a.values) {
      return el(c.SelectControl, {
        key: a.name,
        label: a.name,
        help: a.description,
        value: value,
        options: [{ label: a.default ? '(' + a.default + ')' : '—', value: '' }].concat(
          a.values.map(function (v) {
            return { label: v, value: v };
          }),
        ),
        onChange: set,
      });
    }
    return el(c.TextControl, { key: a.name, label: a.name, help: a.description, value: value, onChange: set });
  }

  function edit(name) {
    var element = config.elements[name];
    return function Edit(props) {
      var blockProps = be.useBlockProps();
      var widgetAttributes = {};
      element.attributes.forEach(function (a) {
        var v = props.attributes[a.name];
        if (v) widgetAttributes[a.name] = v;
      });
      var children = [props.attributes.fallback || ''];
      if (props.attributes.json) children.push(el('script', { key: 'json', type: 'application/json' }, props.attributes.json));
      return el(
        wp.element.Fragment,
        null,
        el(
          be.InspectorControls,
          null,
          el(
            c.PanelBody,
            { title: __('Widget settings', 'mine-ban-widgets') },
            element.attributes.map(function (a) {
              return control(a, props);
            }),
            el(c.TextareaControl, {
              label: __('Fallback text (shown before the widget loads)', 'mine-ban-widgets'),
              value: props.attributes.fallback || '',
              onChange: function (v) {
                props.setAttributes({ fallback: v || undefined });
              },
            }),
            el(c.TextareaControl, {
              label: __('Statement JSON (optional, inline data)', 'mine-ban-widgets'),
              value: props.attributes.json || '',
              onChange: function (v) {
                props.setAttributes({ json: v || undefined });
              },
            }),
          ),
        ),
        // A new element when the attributes change, so the widget starts again from them.
        el(
          'div',
          blockProps,
          el(element.tag, Object.assign({ key: JSON.stringify(widgetAttributes) }, widgetAttributes), children),
        ),
      );
    };
  }

  Object.keys(config.elements).forEach(function (name) {
    wp.blocks.registerBlockType('mine-ban-widgets/' + name, {
      edit: edit(name),
      save: function () {
        return null;
      },
      transforms: transformsFor(name),
    });
  });

  // A link form pasted alone is inline content, which the editor pastes into the paragraph
  // without asking the transforms: a paragraph that holds only a link form becomes the block.
  var LINK_ONLY = /^\s*<a\s[^>]*href="[^"]*#mbc=[^"]*"[^>]*>[^<]*<\/a>\s*$/;
  var converting = false;
  wp.data.subscribe(function () {
    if (converting) return;
    var editor = wp.data.select('core/block-editor');
    var found = [];
    var visit = function (blocks) {
      blocks.forEach(function (b) {
        var content = b.name === 'core/paragraph' && b.attributes.content;
        if (content && typeof content.toString === 'function') content = content.toString();
        if (typeof content === 'string' && LINK_ONLY.test(content)) found.push([b.clientId, content]);
        if (b.innerBlocks && b.innerBlocks.length) visit(b.innerBlocks);
      });
    };
    visit(editor.getBlocks());
    found.forEach(function (entry) {
      var holder = document.createElement('p');
      holder.innerHTML = entry[1];
      var link = holder.querySelector('a');
      var name = new URLSearchParams(link.hash.slice(1)).get('mbc');
      if (!name || !Object.prototype.hasOwnProperty.call(config.elements, name)) return;
      converting = true;
      try {
        wp.data
          .dispatch('core/block-editor')
          .replaceBlock(entry[0], wp.blocks.createBlock('mine-ban-widgets/' + name, fromNode(name, link)));
      } finally {
        converting = false;
      }
    });
  });

  if (config.notice) {
    wp.domReady(function () {
      wp.data.dispatch('core/notices').createWarningNotice(config.notice, { id: 'mbc-dropped' });
    });
  }
})(window.wp, window.mbcWidgets);
