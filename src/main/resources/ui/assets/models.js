import { el, getJson } from './api.js';

const status = document.getElementById('status');
const COLUMNS = {
  regression: [['rmse', 'RMSE'], ['r2', 'R²'], ['mae', 'MAE']],
  classification: [['auc', 'AUC'], ['f1', 'F1']],
};

function metric(model, key) {
  const v = model.metrics?.test?.[key];
  return v === null || v === undefined ? '—' : v.toFixed(3);
}

function table(node, models, task) {
  const cols = COLUMNS[task];
  const head = el('tr', {}, ['Model', 'Version', 'Profile', 'Market', 'Stage', ...cols.map((c) => c[1])]
    .map((h) => el('th', { scope: 'col', text: h })));
  const rows = models.map((m) => el('tr', { class: m.stage === 'production' ? 'production' : null, 'data-name': m.name, 'data-version': m.version },
    el('th', { scope: 'row', text: m.name }),
    el('td', { text: m.version }),
    el('td', { text: m.profile }),
    el('td', { text: m.market }),
    el('td', { class: 'stage' }, m.stage, m.serving ? el('span', { class: 'badge', text: 'serving' }) : null),
    cols.map(([key]) => el('td', { class: `metric ${key}`, text: metric(m, key) }))));
  node.replaceChildren(el('caption', { class: 'visually-hidden', text: task === 'regression' ? 'Revenue regressors' : 'Hit classifiers' }),
    el('thead', {}, head), el('tbody', {}, rows.length ? rows : el('tr', {}, el('td', { colspan: 5 + cols.length, text: 'None registered.' }))));
}

function plots(reports) {
  const box = document.getElementById('plots');
  if (!reports.length) {
    box.replaceChildren(el('p', { class: 'hint' }, 'No training plots on this server. ', el('code', { text: 'boxoffice train' }),
      ' draws them under $BOXOFFICE_HOME/reports/<profile>/plots.'));
    return;
  }
  box.replaceChildren(...reports.map((r) => el('section', { class: 'plot-group' },
    el('h3', { text: r.profile }),
    el('div', { class: 'plot-grid' }, r.plots.map((p) => el('figure', {},
      el('img', { src: p.url, alt: `${p.name.replace('.png', '').replaceAll('_', ' ')} plot of the ${r.profile} models`, loading: 'lazy' }),
      el('figcaption', { text: p.name })))))));
}

async function load() {
  status.textContent = 'Loading…';
  try {
    const [{ models }, { reports }] = await Promise.all([getJson('/models'), getJson('/reports')]);
    const order = (a, b) => a.profile.localeCompare(b.profile) || a.name.localeCompare(b.name) || b.version - a.version;
    table(document.getElementById('regressors'), models.filter((m) => m.task === 'regression').sort(order), 'regression');
    table(document.getElementById('classifiers'), models.filter((m) => m.task === 'classification').sort(order), 'classification');
    plots(reports);
    status.textContent = `${models.length} registered model${models.length === 1 ? '' : 's'}.`;
  } catch (e) {
    status.textContent = `Could not load the models: ${e.message}`;
  }
}

load();
