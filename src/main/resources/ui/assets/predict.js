import { ApiError, config, el, interval, money, percent, postJson } from './api.js';
import { contributionBars } from './bars.js';

const form = document.getElementById('predict-form');
const result = document.getElementById('result');
const formError = document.getElementById('form-error');
const genreBox = document.getElementById('genre-options');
const NUMBERS = ['budget', 'runtime', 'popularity', 'vote_avg', 'vote_count'];
const TEXTS = ['title', 'release_date', 'original_language'];

async function showGenres() {
  const { genres } = await config();
  genreBox.replaceChildren(...genres.map((g, i) => el('label', { class: 'check' },
    el('input', { type: 'checkbox', name: 'genres', value: g, id: `genre-${i}` }), ` ${g}`)));
}

/** The request as typed: a number when it reads as one, else the text itself, so the API names the problem. */
function payload() {
  const body = {};
  for (const name of NUMBERS) {
    const input = form.elements[name];
    const raw = input.value.trim();
    if (raw !== '') body[name] = Number.isFinite(Number(raw)) ? Number(raw) : raw;
    else if (input.validity.badInput) body[name] = 'not a number';
  }
  for (const name of TEXTS) {
    const raw = form.elements[name].value.trim();
    if (raw !== '') body[name] = raw;
  }
  const genres = [...form.querySelectorAll('input[name=genres]:checked')].map((c) => c.value);
  if (genres.length) body.genres = genres;
  return body;
}

function clearErrors() {
  formError.textContent = '';
  for (const p of form.querySelectorAll('.field-error')) p.textContent = '';
  for (const i of form.querySelectorAll('[aria-invalid]')) i.removeAttribute('aria-invalid');
}

/** Puts each of the API's reasons beside its field; reasons for no field of the form go above the button. */
function showErrors(detail) {
  let first = null;
  const general = [];
  for (const { field, message } of detail) {
    const slot = document.getElementById(`${field}-error`);
    if (!slot) { general.push(`${field}: ${message}`); continue; }
    slot.textContent = slot.textContent ? `${slot.textContent}; ${message}` : message;
    const input = form.elements[field];
    const target = input instanceof RadioNodeList ? input[0] : input;
    if (target) { target.setAttribute('aria-invalid', 'true'); first ??= target; }
  }
  formError.textContent = general.length ? general.join('; ') : 'Please correct the fields marked above.';
  first?.focus();
}

function show(p) {
  const range = interval(p.revenue_lower, p.revenue_upper);
  const level = p.interval_level ? ` (${Math.round(p.interval_level * 100)}% interval)` : '';
  result.replaceChildren(
    el('h2', { text: 'Prediction' }),
    el('dl', { class: 'facts big' },
      el('dt', { text: 'Predicted revenue' }), el('dd', { id: 'predicted-revenue', 'data-usd': p.predicted_revenue, text: money(p.predicted_revenue) }),
      el('dt', { text: 'Interval' }), el('dd', { id: 'predicted-interval', text: range ? range + level : 'none' }),
      el('dt', { text: 'Hit probability' }), el('dd', { id: 'hit-probability', text: percent(p.hit_probability) }),
      el('dt', { text: 'Model' }), el('dd', { id: 'model', text: `${p.model} v${p.model_version} (${p.profile}, ${p.market})` })),
    contributionBars(p.top_features));
  result.hidden = false;
}

form.addEventListener('submit', async (event) => {
  event.preventDefault();
  clearErrors();
  const button = document.getElementById('submit');
  button.disabled = true;
  try {
    show(await postJson('/predict', payload()));
  } catch (e) {
    result.hidden = true;
    if (e instanceof ApiError && e.detail.length) showErrors(e.detail);
    else formError.textContent = `The prediction failed: ${e.message}`;
  } finally {
    button.disabled = false;
  }
});

showGenres().catch((e) => { formError.textContent = `Could not load the genres: ${e.message}`; });
