import type { TextLangProfile } from './types';

export const en: TextLangProfile = {
  lang: 'en',
  stopwords: [
    'the', 'and', 'of', 'to', 'is', 'are', 'that', 'for', 'with', 'on', 'as', 'by', 'this', 'be',
    'or', 'not', 'we', 'our', 'you', 'your', 'it', 'its', 'from', 'at', 'an', 'which', 'will', 'can',
    'have', 'has', 'any', 'such', 'other', 'these', 'those', 'their', 'they', 'been', 'was', 'were',
    'may', 'must', 'should', 'would', 'also', 'only', 'more', 'when', 'where', 'how', 'what', 'who',
    'if', 'into', 'within', 'about', 'than', 'there', 'do', 'does', 'each', 'between', 'through',
    'after', 'before', 'use', 'used', 'using', 'including', 'provide', 'stored', 'customer',
    'customers', 'please', 'us', 'them', 'all', 'in', 'no', 'without', 'outside', 'based', 'both',
    'while', 'whether', 'because', 'however', 'where', 'here', 'up', 'out', 'new', 'processed',
  ],
  suffixes: ['tion', 'tions', 'ing', 'ness', 'ity', 'ed', 'ly'],
  letters: '',
  abbreviations: [
    'e.g.', 'i.e.', 'vs.', 'approx.', 'No.', 'Nos.', 'Mr.', 'Mrs.', 'Ms.', 'Dr.', 'Prof.', 'St.',
    'cf.', 'incl.', 'excl.', 'dept.', 'fig.', 'sec.', 'art.', 'para.', 'p.', 'pp.', 'vol.', 'ref.',
    'approx.', 'est.', 'min.', 'max.', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.',
    'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
  ],
  finalAbbreviations: ['etc.', 'Inc.', 'Ltd.', 'Co.', 'Corp.', 'LLC.', 'Bros.', 'a.m.', 'p.m.'],
  months: [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
    'october', 'november', 'december',
  ],
};
