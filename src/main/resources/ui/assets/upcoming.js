import { config, day, el, getJson, interval, money, percent, poster } from './api.js';

const cards = document.getElementById('cards');
const empty = document.getElementById('empty');
const status = document.getElementById('status');
const refresh = document.getElementById('refresh');

function card(film, base) {
  const p = film.prediction;
  const range = interval(p.revenue_lower, p.revenue_upper);
  return el('li', { class: 'card', 'data-tmdb-id': film.tmdb_id },
    poster(base, film.poster_path, film.title),
    el('div', { class: 'card-body' },
      el('h2', { class: 'card-title', text: film.title }),
      el('p', { class: 'release' }, el('time', { datetime: film.release_date ?? '', text: day(film.release_date) })),
      el('dl', { class: 'facts' },
        el('dt', { text: 'Predicted revenue' }), el('dd', { class: 'revenue', text: money(p.predicted_revenue) }),
        el('dt', { text: 'Interval' }), el('dd', { class: 'interval', text: range ?? 'none' }),
        el('dt', { text: 'Hit probability' }), el('dd', { class: 'hit', text: percent(p.hit_probability) }),
        el('dt', { text: 'Model' }), el('dd', { class: 'model', text: `${p.model} v${p.model_version}` }))));
}

async function load() {
  refresh.disabled = true;
  status.textContent = 'Loading…';
  try {
    const [settings, data] = await Promise.all([config(), getJson('/upcoming')]);
    cards.replaceChildren(...data.upcoming.map((f) => card(f, settings.poster_base_url)));
    empty.hidden = data.upcoming.length > 0;
    const n = data.upcoming.length;
    status.textContent = `${n} upcoming film${n === 1 ? '' : 's'}, updated ${new Date().toLocaleTimeString()}.`;
  } catch (e) {
    status.textContent = `Could not load upcoming films: ${e.message}`;
  } finally {
    refresh.disabled = false;
  }
}

refresh.addEventListener('click', load);
load();
