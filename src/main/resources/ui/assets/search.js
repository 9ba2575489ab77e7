import { ApiError, config, day, el, getJson, interval, money, percent, postJson, poster } from './api.js';

const form = document.getElementById('search-form');
const query = document.getElementById('query');
const matches = document.getElementById('matches');
const status = document.getElementById('search-status');
const film = document.getElementById('film');
let typing;
let asked = 0;

function matchItem(m, source) {
  return el('li', {},
    el('button', { type: 'button', class: 'match', 'data-tmdb-id': m.tmdb_id, 'data-source': source },
      m.title, el('span', { class: 'hint', text: m.release_date ? ` (${m.release_date.slice(0, 4)})` : '' }),
      source === 'tmdb' ? el('span', { class: 'tag', text: 'TMDB' }) : null));
}

/** TMDB's own matches when the server can ask it; a TMDB failure leaves the stored matches standing. */
async function fromTmdb(text) {
  const settings = await config();
  if (!settings.tmdb_search) return { movies: [], note: '' };
  try {
    return { movies: (await getJson(`/tmdb/search?query=${encodeURIComponent(text)}`)).movies, note: '' };
  } catch (e) {
    return { movies: [], note: ` TMDB search failed: ${e.message}.` };
  }
}

async function search() {
  const text = query.value.trim();
  if (!text) { matches.replaceChildren(); status.textContent = ''; return; }
  const ticket = ++asked;
  try {
    const [{ movies }, tmdb] = await Promise.all([getJson(`/movies?query=${encodeURIComponent(text)}&limit=20`), fromTmdb(text)]);
    if (ticket !== asked) return;   // a newer search has been sent meanwhile
    const stored = new Set(movies.map((m) => m.tmdb_id));
    const extra = tmdb.movies.filter((m) => !stored.has(m.tmdb_id));
    matches.replaceChildren(...movies.map((m) => matchItem(m, 'store')), ...extra.map((m) => matchItem(m, 'tmdb')));
    const found = movies.length ? `${movies.length} stored film${movies.length === 1 ? '' : 's'} found` : `No stored film matches “${text}”`;
    status.textContent = `${found}${extra.length ? `, and ${extra.length} more on TMDB` : ''}.${tmdb.note}`;
  } catch (e) {
    if (ticket === asked) status.textContent = `Search failed: ${e.message}`;
  }
}

/** A request for POST /predict from a stored film's facts, so a film without a stored prediction gets one. */
function request(f) {
  const body = { title: f.title, budget: f.budget ?? 0, runtime: f.runtime };
  const optional = { release_date: f.release_date, original_language: f.original_language, popularity: f.popularity,
    vote_avg: f.vote_avg, vote_count: f.vote_count, collection: f.collection, market: f.market };
  for (const [k, v] of Object.entries(optional)) if (v !== null && v !== undefined) body[k] = v;
  if (f.genres?.length) body.genres = f.genres;
  if (f.production_companies?.length) body.production_companies = f.production_companies;
  return body;
}

async function prediction(f, stored) {
  if (stored) return { p: stored, source: 'Stored prediction' };
  if (f.runtime === null || f.runtime === undefined) return { p: null, source: 'No stored prediction, and no runtime to predict from.' };
  try {
    return { p: await postJson('/predict?explain=false', request(f)), source: 'Predicted now from these facts' };
  } catch (e) {
    return { p: null, source: `No prediction: ${e instanceof ApiError ? e.message : e}` };
  }
}

function released(f) {
  return f.revenue !== null && f.revenue !== undefined && f.release_date && f.release_date <= new Date().toISOString().slice(0, 10);
}

async function show(id, source) {
  film.hidden = false;
  film.replaceChildren(el('p', { class: 'status', text: 'Loading…' }));
  try {
    const [settings, movie] = await Promise.all([config(), getJson(source === 'tmdb' ? `/tmdb/movies/${id}` : `/movies/${id}`)]);
    const f = movie.facts;
    const { p, source: label } = await prediction(f, movie.latest_prediction);
    const facts = [['Release', day(f.release_date)], ['Status', f.status ?? '—'], ['Budget', money(f.budget)],
      ['Runtime', f.runtime ? `${f.runtime} min` : '—'], ['Genres', f.genres.join(', ') || '—'],
      ['Language', f.original_language ?? '—'], ['Studios', f.production_companies.join(', ') || '—'],
      ['Collection', f.collection ?? '—'], ['Vote', f.vote_avg === null ? '—' : `${f.vote_avg} (${f.vote_count ?? 0} votes)`]];
    const predicted = p ? [
      el('dt', { text: 'Predicted revenue' }), el('dd', { id: 'film-predicted', text: money(p.predicted_revenue) }),
      el('dt', { text: 'Interval' }), el('dd', { text: interval(p.revenue_lower, p.revenue_upper) ?? 'none' }),
      el('dt', { text: 'Hit probability' }), el('dd', { text: percent(p.hit_probability) }),
      el('dt', { text: 'Model' }), el('dd', { text: `${p.model} v${p.model_version}` })] : [];
    const actual = p && released(f) ? el('p', { id: 'actual-vs-predicted', class: 'versus' },
      `Actual ${money(f.revenue)} against predicted ${money(p.predicted_revenue)}: `,
      el('strong', { text: `${p.predicted_revenue >= f.revenue ? '+' : '−'}${Math.abs(Math.round((p.predicted_revenue / f.revenue - 1) * 100))}%` })) : null;
    film.replaceChildren(el('div', { class: 'film-grid' },
      poster(settings.poster_base_url, f.poster_path, f.title),
      el('div', {},
        el('h2', { id: 'film-title', tabindex: '-1', text: f.title }),
        f.overview ? el('p', { text: f.overview }) : null,
        el('dl', { class: 'facts' }, facts.flatMap(([k, v]) => [el('dt', { text: k }), el('dd', { text: v })])),
        el('h3', { text: label }),
        el('dl', { class: 'facts big' }, predicted),
        actual)));
    document.getElementById('film-title').focus();
  } catch (e) {
    film.replaceChildren(el('p', { class: 'form-error', role: 'alert', text: `Could not load the film: ${e.message}` }));
  }
}

query.addEventListener('input', () => { clearTimeout(typing); typing = setTimeout(search, 250); });
form.addEventListener('submit', (event) => { event.preventDefault(); clearTimeout(typing); search(); });
matches.addEventListener('click', (event) => {
  const button = event.target.closest('button.match');
  if (button) show(button.dataset.tmdbId, button.dataset.source);
});
