// Place names that make a 6-digit number in an address line a PIN code: "Bengaluru 560001, Karnataka",
// "Jaipur 302001", "बेंगलुरु 560034, कर्नाटक". States and union territories (English and Hindi) and the
// largest cities; other places count when the line also has an address word or a state name follows.

const STATES = [
  'andhra pradesh', 'arunachal pradesh', 'assam', 'bihar', 'chhattisgarh', 'goa', 'gujarat', 'haryana',
  'himachal pradesh', 'jharkhand', 'karnataka', 'kerala', 'madhya pradesh', 'maharashtra', 'manipur',
  'meghalaya', 'mizoram', 'nagaland', 'odisha', 'orissa', 'punjab', 'rajasthan', 'sikkim', 'tamil nadu',
  'tamilnadu', 'telangana', 'tripura', 'uttar pradesh', 'uttarakhand', 'uttaranchal', 'west bengal',
  'andaman and nicobar islands', 'chandigarh', 'dadra and nagar haveli', 'daman and diu', 'delhi',
  'new delhi', 'jammu and kashmir', 'ladakh', 'lakshadweep', 'puducherry', 'pondicherry',
  'आंध्र प्रदेश', 'अरुणाचल प्रदेश', 'असम', 'बिहार', 'छत्तीसगढ़', 'गोवा', 'गुजरात', 'हरियाणा', 'हिमाचल प्रदेश',
  'झारखंड', 'झारखण्ड', 'कर्नाटक', 'केरल', 'मध्य प्रदेश', 'महाराष्ट्र', 'मणिपुर', 'मेघालय', 'मिज़ोरम', 'मिजोरम',
  'नागालैंड', 'ओडिशा', 'पंजाब', 'राजस्थान', 'सिक्किम', 'तमिलनाडु', 'तमिल नाडु', 'तेलंगाना', 'त्रिपुरा',
  'उत्तर प्रदेश', 'उत्तराखंड', 'उत्तराखण्ड', 'पश्चिम बंगाल', 'चंडीगढ़', 'दिल्ली', 'नई दिल्ली', 'जम्मू और कश्मीर',
  'लद्दाख', 'लक्षद्वीप', 'पुडुचेरी',
];

const CITIES = [
  'mumbai', 'bombay', 'pune', 'nagpur', 'nashik', 'thane', 'bengaluru', 'bangalore', 'mysuru', 'mysore',
  'chennai', 'madras', 'coimbatore', 'madurai', 'hyderabad', 'secunderabad', 'visakhapatnam', 'vijayawada',
  'kolkata', 'calcutta', 'howrah', 'ahmedabad', 'surat', 'vadodara', 'rajkot', 'jaipur', 'jodhpur', 'udaipur',
  'lucknow', 'kanpur', 'varanasi', 'agra', 'noida', 'ghaziabad', 'prayagraj', 'allahabad', 'gurugram',
  'gurgaon', 'faridabad', 'patna', 'ranchi', 'bhopal', 'indore', 'raipur', 'bhubaneswar', 'cuttack',
  'guwahati', 'kochi', 'cochin', 'thiruvananthapuram', 'trivandrum', 'kozhikode', 'ludhiana', 'amritsar',
  'dehradun', 'shimla', 'srinagar', 'jammu', 'panaji', 'shillong', 'imphal', 'agartala', 'aizawl', 'kohima',
  'itanagar', 'gangtok', 'port blair', 'mangaluru', 'mangalore', 'hubballi', 'belagavi', 'tiruchirappalli',
  'मुंबई', 'पुणे', 'नागपुर', 'बेंगलुरु', 'बेंगलूरु', 'बैंगलोर', 'चेन्नई', 'हैदराबाद', 'कोलकाता', 'अहमदाबाद',
  'सूरत', 'जयपुर', 'लखनऊ', 'कानपुर', 'वाराणसी', 'आगरा', 'नोएडा', 'गाज़ियाबाद', 'गाजियाबाद', 'प्रयागराज',
  'गुरुग्राम', 'पटना', 'रांची', 'भोपाल', 'इंदौर', 'रायपुर', 'भुवनेश्वर', 'गुवाहाटी', 'देहरादून', 'शिमला',
];

const STATE_SET = new Set(STATES);
const PLACE_SET = new Set([...STATES, ...CITIES]);

const norm = (w: string): string => w.toLowerCase().replace(/\s+/g, ' ').trim();

/** A state or union territory name (English or Hindi, any case). */
export function isStateName(name: string): boolean {
  return STATE_SET.has(norm(name));
}

/** A state, union territory or large city. */
export function isKnownPlace(name: string): boolean {
  return PLACE_SET.has(norm(name));
}

const WORDS_AFTER = /^[ \t]*(?:[,-][ \t]*)?([A-Za-z\u0900-\u097f]+(?:[ \t]+[A-Za-z\u0900-\u097f]+){0,3})/;

/** Whether a state name starts the text at `pos`, after an optional comma or hyphen ("560001, Karnataka"). */
export function stateNameAt(text: string, pos: number): boolean {
  const m = WORDS_AFTER.exec(text.slice(pos, pos + 48));
  if (!m) return false;
  const words = m[1]!.split(/[ \t]+/);
  for (let n = 1; n <= words.length; n++) if (isStateName(words.slice(0, n).join(' '))) return true;
  return false;
}
