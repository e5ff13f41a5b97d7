/**
 * The small word lists the name finder leans on, per language: words that start sentences but
 * never names, connectors inside names, titles before names, and the words that make a guess
 * at a name's kind. Folded (lower case, no accents).
 */

/** The word lists of one language. */
export interface NameWords {
  /** Capitalised at a sentence start, never a name by themselves. */
  readonly functionWords: ReadonlySet<string>;
  /** May join two capitalised words into one name ("Secretaría de Movilidad"). */
  readonly connectors: ReadonlySet<string>;
  /** Titles before a person's name ("President", "alcaldesa"), not part of the name. */
  readonly titles: ReadonlySet<string>;
  readonly organizationWords: ReadonlySet<string>;
  readonly eventWords: ReadonlySet<string>;
  readonly placeWords: ReadonlySet<string>;
  /** Lower-case words before a place ("in Riverton", "en Valdeluz"). */
  readonly placePrepositions: ReadonlySet<string>;
  /** Verbs of saying: a name beside one is a person's ("said Okafor", "dijo Quiroga"). */
  readonly speechVerbs: ReadonlySet<string>;
}

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** English. */
export const ENGLISH_WORDS: NameWords = {
  functionWords: set(`a an the and but or nor so yet if when while as at by for from in into of
    on onto to with without after before during since until about above across against among
    around because despite though although unless where whether which who whom whose what this
    that these those it its he she they we i you his her their our my your him them us me there
    here then today yesterday tomorrow now also even still however meanwhile outside inside
    asked speaking critics many most some several all both each every no not one two three
    earlier later finally instead such other more less ok yes monday tuesday wednesday thursday
    friday saturday sunday january february march april may june july august september october
    november december`),
  connectors: set('of for'),
  titles: set(`president vice secretary minister prime mayor councillor councilor council
    member senator governor judge justice general gen sen rep dr mr mrs ms chancellor king queen
    pope director chief chair chairman chairwoman commissioner ambassador representative sheriff
    ceo deputy inspector attorney professor prof sir lord lady dame speaker leader
    spokesman spokeswoman spokesperson captain colonel lieutenant sergeant officer`),
  organizationWords: set(`council authority association party ministry department office
    congress senate parliament committee commission union bank court agency university college
    company corporation corp inc ltd group institute foundation army navy police administration
    government cartel federation league club times post news network house`),
  eventWords: set(`summit conference operation olympics games cup war election elections festival
    forum meeting hearing referendum treaty accord agreement championship crisis`),
  placeWords: set(`city street district province county river lake mount mountain island islands
    bay sea ocean gulf valley square avenue road park station harbor harbour bridge`),
  placePrepositions: set('in at near from to across'),
  speechVerbs: set(`said says told stated added asked noted warned argued explained according
    answered replied insisted claimed`),
};

/** Spanish. */
export const SPANISH_WORDS: NameWords = {
  functionWords: set(`el la los las lo un una unos unas al del de en por para con sin segun pero
    y e o u ni que este esta estos estas ese esa esos esas aquel su sus mi tu nuestro hoy ayer
    manana tras ante desde hasta como cuando si no ya mas mientras aunque sobre entre durante
    tambien asi ademas sin embargo despues antes todo todos toda todas cada otro otra muchos
    varios algunos ella el ellos ellas nosotros yo usted se le les nos me donde quien quienes cual
    porque pues luego entonces incluso solo lunes martes miercoles jueves viernes sabado domingo
    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre`),
  connectors: set('de del la las los y e'),
  titles: set(`presidente presidenta secretario secretaria general gobernador gobernadora senador
    senadora diputado diputada ministro ministra canciller alcalde alcaldesa concejal concejala
    don dona senor senora sr sra dr dra papa rey reina juez jueza fiscal director directora
    portavoz lider jefe jefa consejero consejera embajador embajadora comisionado vicepresidente
    vicepresidenta`),
  organizationWords: set(`ayuntamiento secretaria ministerio partido congreso senado cartel
    gobierno ejercito guardia fiscalia universidad consejo camara corte tribunal comision instituto
    banco organizacion asociacion fundacion sindicato policia movimiento frente agencia empresa
    grupo departamento oficina naciones`),
  eventWords: set(`cumbre operacion operativo conferencia foro juegos copa guerra elecciones
    mundial festival feria encuentro reunion tratado acuerdo crisis referendum`),
  placeWords: set(`ciudad calle plaza avenida barrio provincia estado estados rio golfo mar isla
    islas puerto valle sierra municipio region paseo puente parque estacion`),
  placePrepositions: set('en desde hacia a hasta cerca'),
  speechVerbs: set(`dijo afirmo senalo declaro aseguro explico anadio advirtio sostuvo indico
    respondio segun insistio comento`),
};
