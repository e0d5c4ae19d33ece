import { raw } from './build';

/**
 * English job titles, which mail in every language uses as they stand ("Senior Backend Engineer", "Controller
 * Financiero"): each places a message in a job search as a local title does.
 */
export const ENGLISH_TITLES = raw`\b(?:engineer|developer|designer|analyst|consultant|controller|architect|scientist|recruiter|trainee|product\s+owner|scrum\s+master)s?\b`;

/** English hiring words that mail in other languages keeps as they stand ("Talent Acquisition | Cabify"). */
export const ENGLISH_JOB_WORDS = raw`\b(?:recruit\w*|talent\s+acquisition|hiring\s+manager|headhunter)\b`;
