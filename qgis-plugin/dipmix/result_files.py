"""Which server files of an unmix job to fetch, and their local names beside the chosen output GeoTIFF.

The server names every file after its abundance GeoTIFF (scene.tif, scene.qml, scene.<material>.qml,
scene.endmembers.csv, scene.json, ...). Locally the same suffixes follow the output's base name, so
out.tif gets out.qml (which QGIS loads as its default style) and out.<material>.qml beside it.
"""
import html
import os
import re
from collections import namedtuple

Download = namedtuple('Download', 'key url path')


def file_safe(material):
    """The material as it appears in side-file names (the server's StylePaths.fileSafe)."""
    return re.sub(r'[^A-Za-z0-9_-]', '_', material.strip())


def unmix_downloads(results, materials, abundance_path):
    """Downloads for every file output of ``results`` plus one QML per material (keyed 'qml:<material>').

    The per-material QMLs are not result ids of their own: they lie in the abundance GeoTIFF's folder on the
    server, so their URLs are derived from its href.
    """
    abundances = results.get('abundances')
    if not isinstance(abundances, dict) or 'href' not in abundances:
        raise ValueError("the server's results have no 'abundances' file: %s" % sorted(results))
    folder, server_name = abundances['href'].rsplit('/', 1)
    server_base = os.path.splitext(server_name)[0]
    local_dir = os.path.dirname(abundance_path)
    local_base = os.path.splitext(os.path.basename(abundance_path))[0]

    def local(name):
        suffix = name[len(server_base):] if name.startswith(server_base + '.') else '.' + name
        return os.path.join(local_dir, local_base + suffix)

    plan = [Download(key, value['href'], local(value['href'].rsplit('/', 1)[1]))
            for key, value in results.items() if isinstance(value, dict) and 'href' in value]
    for material in materials:
        name = '%s.%s.qml' % (server_base, file_safe(material))
        plan.append(Download('qml:' + material, folder + '/' + name, local(name)))
    return plan


def plot_page(path, title, plot_png, facts):
    """Writes a small HTML page showing the endmember plot and ``facts`` ([(label, value)]); returns its path.
    Processing lists HTML outputs in its Results Viewer, which is how the plugin offers the plot."""
    rows = ''.join('<tr><th align="left">%s</th><td>%s</td></tr>' % (html.escape(str(k)), html.escape(str(v)))
                   for k, v in facts)
    with open(path, 'w', encoding='utf-8') as out:
        out.write('<html><head><meta charset="utf-8"><title>%s</title></head><body><h3>%s</h3>'
                  '<img src="%s" style="max-width:100%%"><table>%s</table></body></html>'
                  % (html.escape(title), html.escape(title), html.escape(os.path.basename(plot_png)), rows))
    return path
