//! The named character references of HTML: generated from htmlize's copy of
//! <https://html.spec.whatwg.org/entities.json> by `UPDATE_ENTITIES=1 cargo test --lib
//! entities`. Do not edit.

/// Every name without `&`, sorted by bytes, each followed by `;`.
#[rustfmt::skip]
pub(super) const NAMES: &str = "\
AElig;AMP;Aacute;Abreve;Acirc;Acy;Afr;Agrave;Alpha;Amacr;And;Aogon;Aopf;ApplyFunction;Aring;\
Ascr;Assign;Atilde;Auml;Backslash;Barv;Barwed;Bcy;Because;Bernoullis;Beta;Bfr;Bopf;Breve;Bscr;\
Bumpeq;CHcy;COPY;Cacute;Cap;CapitalDifferentialD;Cayleys;Ccaron;Ccedil;Ccirc;Cconint;Cdot;\
Cedilla;CenterDot;Cfr;Chi;CircleDot;CircleMinus;CirclePlus;CircleTimes;ClockwiseContourIntegral;\
CloseCurlyDoubleQuote;CloseCurlyQuote;Colon;Colone;Congruent;Conint;ContourIntegral;Copf;\
Coproduct;CounterClockwiseContourIntegral;Cross;Cscr;Cup;CupCap;DD;DDotrahd;DJcy;DScy;DZcy;\
Dagger;Darr;Dashv;Dcaron;Dcy;Del;Delta;Dfr;DiacriticalAcute;DiacriticalDot;\
DiacriticalDoubleAcute;DiacriticalGrave;DiacriticalTilde;Diamond;DifferentialD;Dopf;Dot;DotDot;\
DotEqual;DoubleContourIntegral;DoubleDot;DoubleDownArrow;DoubleLeftArrow;DoubleLeftRightArrow;\
DoubleLeftTee;DoubleLongLeftArrow;DoubleLongLeftRightArrow;DoubleLongRightArrow;\
DoubleRightArrow;DoubleRightTee;DoubleUpArrow;DoubleUpDownArrow;DoubleVerticalBar;DownArrow;\
DownArrowBar;DownArrowUpArrow;DownBreve;DownLeftRightVector;DownLeftTeeVector;DownLeftVector;\
DownLeftVectorBar;DownRightTeeVector;DownRightVector;DownRightVectorBar;DownTee;DownTeeArrow;\
Downarrow;Dscr;Dstrok;ENG;ETH;Eacute;Ecaron;Ecirc;Ecy;Edot;Efr;Egrave;Element;Emacr;\
EmptySmallSquare;EmptyVerySmallSquare;Eogon;Eopf;Epsilon;Equal;EqualTilde;Equilibrium;Escr;Esim;\
Eta;Euml;Exists;ExponentialE;Fcy;Ffr;FilledSmallSquare;FilledVerySmallSquare;Fopf;ForAll;\
Fouriertrf;Fscr;GJcy;GT;Gamma;Gammad;Gbreve;Gcedil;Gcirc;Gcy;Gdot;Gfr;Gg;Gopf;GreaterEqual;\
GreaterEqualLess;GreaterFullEqual;GreaterGreater;GreaterLess;GreaterSlantEqual;GreaterTilde;\
Gscr;Gt;HARDcy;Hacek;Hat;Hcirc;Hfr;HilbertSpace;Hopf;HorizontalLine;Hscr;Hstrok;HumpDownHump;\
HumpEqual;IEcy;IJlig;IOcy;Iacute;Icirc;Icy;Idot;Ifr;Igrave;Im;Imacr;ImaginaryI;Implies;Int;\
Integral;Intersection;InvisibleComma;InvisibleTimes;Iogon;Iopf;Iota;Iscr;Itilde;Iukcy;Iuml;\
Jcirc;Jcy;Jfr;Jopf;Jscr;Jsercy;Jukcy;KHcy;KJcy;Kappa;Kcedil;Kcy;Kfr;Kopf;Kscr;LJcy;LT;Lacute;\
Lambda;Lang;Laplacetrf;Larr;Lcaron;Lcedil;Lcy;LeftAngleBracket;LeftArrow;LeftArrowBar;\
LeftArrowRightArrow;LeftCeiling;LeftDoubleBracket;LeftDownTeeVector;LeftDownVector;\
LeftDownVectorBar;LeftFloor;LeftRightArrow;LeftRightVector;LeftTee;LeftTeeArrow;LeftTeeVector;\
LeftTriangle;LeftTriangleBar;LeftTriangleEqual;LeftUpDownVector;LeftUpTeeVector;LeftUpVector;\
LeftUpVectorBar;LeftVector;LeftVectorBar;Leftarrow;Leftrightarrow;LessEqualGreater;\
LessFullEqual;LessGreater;LessLess;LessSlantEqual;LessTilde;Lfr;Ll;Lleftarrow;Lmidot;\
LongLeftArrow;LongLeftRightArrow;LongRightArrow;Longleftarrow;Longleftrightarrow;Longrightarrow;\
Lopf;LowerLeftArrow;LowerRightArrow;Lscr;Lsh;Lstrok;Lt;Map;Mcy;MediumSpace;Mellintrf;Mfr;\
MinusPlus;Mopf;Mscr;Mu;NJcy;Nacute;Ncaron;Ncedil;Ncy;NegativeMediumSpace;NegativeThickSpace;\
NegativeThinSpace;NegativeVeryThinSpace;NestedGreaterGreater;NestedLessLess;NewLine;Nfr;NoBreak;\
NonBreakingSpace;Nopf;Not;NotCongruent;NotCupCap;NotDoubleVerticalBar;NotElement;NotEqual;\
NotEqualTilde;NotExists;NotGreater;NotGreaterEqual;NotGreaterFullEqual;NotGreaterGreater;\
NotGreaterLess;NotGreaterSlantEqual;NotGreaterTilde;NotHumpDownHump;NotHumpEqual;\
NotLeftTriangle;NotLeftTriangleBar;NotLeftTriangleEqual;NotLess;NotLessEqual;NotLessGreater;\
NotLessLess;NotLessSlantEqual;NotLessTilde;NotNestedGreaterGreater;NotNestedLessLess;\
NotPrecedes;NotPrecedesEqual;NotPrecedesSlantEqual;NotReverseElement;NotRightTriangle;\
NotRightTriangleBar;NotRightTriangleEqual;NotSquareSubset;NotSquareSubsetEqual;\
NotSquareSuperset;NotSquareSupersetEqual;NotSubset;NotSubsetEqual;NotSucceeds;NotSucceedsEqual;\
NotSucceedsSlantEqual;NotSucceedsTilde;NotSuperset;NotSupersetEqual;NotTilde;NotTildeEqual;\
NotTildeFullEqual;NotTildeTilde;NotVerticalBar;Nscr;Ntilde;Nu;OElig;Oacute;Ocirc;Ocy;Odblac;Ofr;\
Ograve;Omacr;Omega;Omicron;Oopf;OpenCurlyDoubleQuote;OpenCurlyQuote;Or;Oscr;Oslash;Otilde;\
Otimes;Ouml;OverBar;OverBrace;OverBracket;OverParenthesis;PartialD;Pcy;Pfr;Phi;Pi;PlusMinus;\
Poincareplane;Popf;Pr;Precedes;PrecedesEqual;PrecedesSlantEqual;PrecedesTilde;Prime;Product;\
Proportion;Proportional;Pscr;Psi;QUOT;Qfr;Qopf;Qscr;RBarr;REG;Racute;Rang;Rarr;Rarrtl;Rcaron;\
Rcedil;Rcy;Re;ReverseElement;ReverseEquilibrium;ReverseUpEquilibrium;Rfr;Rho;RightAngleBracket;\
RightArrow;RightArrowBar;RightArrowLeftArrow;RightCeiling;RightDoubleBracket;RightDownTeeVector;\
RightDownVector;RightDownVectorBar;RightFloor;RightTee;RightTeeArrow;RightTeeVector;\
RightTriangle;RightTriangleBar;RightTriangleEqual;RightUpDownVector;RightUpTeeVector;\
RightUpVector;RightUpVectorBar;RightVector;RightVectorBar;Rightarrow;Ropf;RoundImplies;\
Rrightarrow;Rscr;Rsh;RuleDelayed;SHCHcy;SHcy;SOFTcy;Sacute;Sc;Scaron;Scedil;Scirc;Scy;Sfr;\
ShortDownArrow;ShortLeftArrow;ShortRightArrow;ShortUpArrow;Sigma;SmallCircle;Sopf;Sqrt;Square;\
SquareIntersection;SquareSubset;SquareSubsetEqual;SquareSuperset;SquareSupersetEqual;\
SquareUnion;Sscr;Star;Sub;Subset;SubsetEqual;Succeeds;SucceedsEqual;SucceedsSlantEqual;\
SucceedsTilde;SuchThat;Sum;Sup;Superset;SupersetEqual;Supset;THORN;TRADE;TSHcy;TScy;Tab;Tau;\
Tcaron;Tcedil;Tcy;Tfr;Therefore;Theta;ThickSpace;ThinSpace;Tilde;TildeEqual;TildeFullEqual;\
TildeTilde;Topf;TripleDot;Tscr;Tstrok;Uacute;Uarr;Uarrocir;Ubrcy;Ubreve;Ucirc;Ucy;Udblac;Ufr;\
Ugrave;Umacr;UnderBar;UnderBrace;UnderBracket;UnderParenthesis;Union;UnionPlus;Uogon;Uopf;\
UpArrow;UpArrowBar;UpArrowDownArrow;UpDownArrow;UpEquilibrium;UpTee;UpTeeArrow;Uparrow;\
Updownarrow;UpperLeftArrow;UpperRightArrow;Upsi;Upsilon;Uring;Uscr;Utilde;Uuml;VDash;Vbar;Vcy;\
Vdash;Vdashl;Vee;Verbar;Vert;VerticalBar;VerticalLine;VerticalSeparator;VerticalTilde;\
VeryThinSpace;Vfr;Vopf;Vscr;Vvdash;Wcirc;Wedge;Wfr;Wopf;Wscr;Xfr;Xi;Xopf;Xscr;YAcy;YIcy;YUcy;\
Yacute;Ycirc;Ycy;Yfr;Yopf;Yscr;Yuml;ZHcy;Zacute;Zcaron;Zcy;Zdot;ZeroWidthSpace;Zeta;Zfr;Zopf;\
Zscr;aacute;abreve;ac;acE;acd;acirc;acute;acy;aelig;af;afr;agrave;alefsym;aleph;alpha;amacr;\
amalg;amp;and;andand;andd;andslope;andv;ang;ange;angle;angmsd;angmsdaa;angmsdab;angmsdac;\
angmsdad;angmsdae;angmsdaf;angmsdag;angmsdah;angrt;angrtvb;angrtvbd;angsph;angst;angzarr;aogon;\
aopf;ap;apE;apacir;ape;apid;apos;approx;approxeq;aring;ascr;ast;asymp;asympeq;atilde;auml;\
awconint;awint;bNot;backcong;backepsilon;backprime;backsim;backsimeq;barvee;barwed;barwedge;\
bbrk;bbrktbrk;bcong;bcy;bdquo;becaus;because;bemptyv;bepsi;bernou;beta;beth;between;bfr;bigcap;\
bigcirc;bigcup;bigodot;bigoplus;bigotimes;bigsqcup;bigstar;bigtriangledown;bigtriangleup;\
biguplus;bigvee;bigwedge;bkarow;blacklozenge;blacksquare;blacktriangle;blacktriangledown;\
blacktriangleleft;blacktriangleright;blank;blk12;blk14;blk34;block;bne;bnequiv;bnot;bopf;bot;\
bottom;bowtie;boxDL;boxDR;boxDl;boxDr;boxH;boxHD;boxHU;boxHd;boxHu;boxUL;boxUR;boxUl;boxUr;boxV;\
boxVH;boxVL;boxVR;boxVh;boxVl;boxVr;boxbox;boxdL;boxdR;boxdl;boxdr;boxh;boxhD;boxhU;boxhd;boxhu;\
boxminus;boxplus;boxtimes;boxuL;boxuR;boxul;boxur;boxv;boxvH;boxvL;boxvR;boxvh;boxvl;boxvr;\
bprime;breve;brvbar;bscr;bsemi;bsim;bsime;bsol;bsolb;bsolhsub;bull;bullet;bump;bumpE;bumpe;\
bumpeq;cacute;cap;capand;capbrcup;capcap;capcup;capdot;caps;caret;caron;ccaps;ccaron;ccedil;\
ccirc;ccups;ccupssm;cdot;cedil;cemptyv;cent;centerdot;cfr;chcy;check;checkmark;chi;cir;cirE;\
circ;circeq;circlearrowleft;circlearrowright;circledR;circledS;circledast;circledcirc;\
circleddash;cire;cirfnint;cirmid;cirscir;clubs;clubsuit;colon;colone;coloneq;comma;commat;comp;\
compfn;complement;complexes;cong;congdot;conint;copf;coprod;copy;copysr;crarr;cross;cscr;csub;\
csube;csup;csupe;ctdot;cudarrl;cudarrr;cuepr;cuesc;cularr;cularrp;cup;cupbrcap;cupcap;cupcup;\
cupdot;cupor;cups;curarr;curarrm;curlyeqprec;curlyeqsucc;curlyvee;curlywedge;curren;\
curvearrowleft;curvearrowright;cuvee;cuwed;cwconint;cwint;cylcty;dArr;dHar;dagger;daleth;darr;\
dash;dashv;dbkarow;dblac;dcaron;dcy;dd;ddagger;ddarr;ddotseq;deg;delta;demptyv;dfisht;dfr;dharl;\
dharr;diam;diamond;diamondsuit;diams;die;digamma;disin;div;divide;divideontimes;divonx;djcy;\
dlcorn;dlcrop;dollar;dopf;dot;doteq;doteqdot;dotminus;dotplus;dotsquare;doublebarwedge;\
downarrow;downdownarrows;downharpoonleft;downharpoonright;drbkarow;drcorn;drcrop;dscr;dscy;dsol;\
dstrok;dtdot;dtri;dtrif;duarr;duhar;dwangle;dzcy;dzigrarr;eDDot;eDot;eacute;easter;ecaron;ecir;\
ecirc;ecolon;ecy;edot;ee;efDot;efr;eg;egrave;egs;egsdot;el;elinters;ell;els;elsdot;emacr;empty;\
emptyset;emptyv;emsp;emsp13;emsp14;eng;ensp;eogon;eopf;epar;eparsl;eplus;epsi;epsilon;epsiv;\
eqcirc;eqcolon;eqsim;eqslantgtr;eqslantless;equals;equest;equiv;equivDD;eqvparsl;erDot;erarr;\
escr;esdot;esim;eta;eth;euml;euro;excl;exist;expectation;exponentiale;fallingdotseq;fcy;female;\
ffilig;fflig;ffllig;ffr;filig;fjlig;flat;fllig;fltns;fnof;fopf;forall;fork;forkv;fpartint;\
frac12;frac13;frac14;frac15;frac16;frac18;frac23;frac25;frac34;frac35;frac38;frac45;frac56;\
frac58;frac78;frasl;frown;fscr;gE;gEl;gacute;gamma;gammad;gap;gbreve;gcirc;gcy;gdot;ge;gel;geq;\
geqq;geqslant;ges;gescc;gesdot;gesdoto;gesdotol;gesl;gesles;gfr;gg;ggg;gimel;gjcy;gl;glE;gla;\
glj;gnE;gnap;gnapprox;gne;gneq;gneqq;gnsim;gopf;grave;gscr;gsim;gsime;gsiml;gt;gtcc;gtcir;gtdot;\
gtlPar;gtquest;gtrapprox;gtrarr;gtrdot;gtreqless;gtreqqless;gtrless;gtrsim;gvertneqq;gvnE;hArr;\
hairsp;half;hamilt;hardcy;harr;harrcir;harrw;hbar;hcirc;hearts;heartsuit;hellip;hercon;hfr;\
hksearow;hkswarow;hoarr;homtht;hookleftarrow;hookrightarrow;hopf;horbar;hscr;hslash;hstrok;\
hybull;hyphen;iacute;ic;icirc;icy;iecy;iexcl;iff;ifr;igrave;ii;iiiint;iiint;iinfin;iiota;ijlig;\
imacr;image;imagline;imagpart;imath;imof;imped;in;incare;infin;infintie;inodot;int;intcal;\
integers;intercal;intlarhk;intprod;iocy;iogon;iopf;iota;iprod;iquest;iscr;isin;isinE;isindot;\
isins;isinsv;isinv;it;itilde;iukcy;iuml;jcirc;jcy;jfr;jmath;jopf;jscr;jsercy;jukcy;kappa;kappav;\
kcedil;kcy;kfr;kgreen;khcy;kjcy;kopf;kscr;lAarr;lArr;lAtail;lBarr;lE;lEg;lHar;lacute;laemptyv;\
lagran;lambda;lang;langd;langle;lap;laquo;larr;larrb;larrbfs;larrfs;larrhk;larrlp;larrpl;\
larrsim;larrtl;lat;latail;late;lates;lbarr;lbbrk;lbrace;lbrack;lbrke;lbrksld;lbrkslu;lcaron;\
lcedil;lceil;lcub;lcy;ldca;ldquo;ldquor;ldrdhar;ldrushar;ldsh;le;leftarrow;leftarrowtail;\
leftharpoondown;leftharpoonup;leftleftarrows;leftrightarrow;leftrightarrows;leftrightharpoons;\
leftrightsquigarrow;leftthreetimes;leg;leq;leqq;leqslant;les;lescc;lesdot;lesdoto;lesdotor;lesg;\
lesges;lessapprox;lessdot;lesseqgtr;lesseqqgtr;lessgtr;lesssim;lfisht;lfloor;lfr;lg;lgE;lhard;\
lharu;lharul;lhblk;ljcy;ll;llarr;llcorner;llhard;lltri;lmidot;lmoust;lmoustache;lnE;lnap;\
lnapprox;lne;lneq;lneqq;lnsim;loang;loarr;lobrk;longleftarrow;longleftrightarrow;longmapsto;\
longrightarrow;looparrowleft;looparrowright;lopar;lopf;loplus;lotimes;lowast;lowbar;loz;lozenge;\
lozf;lpar;lparlt;lrarr;lrcorner;lrhar;lrhard;lrm;lrtri;lsaquo;lscr;lsh;lsim;lsime;lsimg;lsqb;\
lsquo;lsquor;lstrok;lt;ltcc;ltcir;ltdot;lthree;ltimes;ltlarr;ltquest;ltrPar;ltri;ltrie;ltrif;\
lurdshar;luruhar;lvertneqq;lvnE;mDDot;macr;male;malt;maltese;map;mapsto;mapstodown;mapstoleft;\
mapstoup;marker;mcomma;mcy;mdash;measuredangle;mfr;mho;micro;mid;midast;midcir;middot;minus;\
minusb;minusd;minusdu;mlcp;mldr;mnplus;models;mopf;mp;mscr;mstpos;mu;multimap;mumap;nGg;nGt;\
nGtv;nLeftarrow;nLeftrightarrow;nLl;nLt;nLtv;nRightarrow;nVDash;nVdash;nabla;nacute;nang;nap;\
napE;napid;napos;napprox;natur;natural;naturals;nbsp;nbump;nbumpe;ncap;ncaron;ncedil;ncong;\
ncongdot;ncup;ncy;ndash;ne;neArr;nearhk;nearr;nearrow;nedot;nequiv;nesear;nesim;nexist;nexists;\
nfr;ngE;nge;ngeq;ngeqq;ngeqslant;nges;ngsim;ngt;ngtr;nhArr;nharr;nhpar;ni;nis;nisd;niv;njcy;\
nlArr;nlE;nlarr;nldr;nle;nleftarrow;nleftrightarrow;nleq;nleqq;nleqslant;nles;nless;nlsim;nlt;\
nltri;nltrie;nmid;nopf;not;notin;notinE;notindot;notinva;notinvb;notinvc;notni;notniva;notnivb;\
notnivc;npar;nparallel;nparsl;npart;npolint;npr;nprcue;npre;nprec;npreceq;nrArr;nrarr;nrarrc;\
nrarrw;nrightarrow;nrtri;nrtrie;nsc;nsccue;nsce;nscr;nshortmid;nshortparallel;nsim;nsime;nsimeq;\
nsmid;nspar;nsqsube;nsqsupe;nsub;nsubE;nsube;nsubset;nsubseteq;nsubseteqq;nsucc;nsucceq;nsup;\
nsupE;nsupe;nsupset;nsupseteq;nsupseteqq;ntgl;ntilde;ntlg;ntriangleleft;ntrianglelefteq;\
ntriangleright;ntrianglerighteq;nu;num;numero;numsp;nvDash;nvHarr;nvap;nvdash;nvge;nvgt;nvinfin;\
nvlArr;nvle;nvlt;nvltrie;nvrArr;nvrtrie;nvsim;nwArr;nwarhk;nwarr;nwarrow;nwnear;oS;oacute;oast;\
ocir;ocirc;ocy;odash;odblac;odiv;odot;odsold;oelig;ofcir;ofr;ogon;ograve;ogt;ohbar;ohm;oint;\
olarr;olcir;olcross;oline;olt;omacr;omega;omicron;omid;ominus;oopf;opar;operp;oplus;or;orarr;\
ord;order;orderof;ordf;ordm;origof;oror;orslope;orv;oscr;oslash;osol;otilde;otimes;otimesas;\
ouml;ovbar;par;para;parallel;parsim;parsl;part;pcy;percnt;period;permil;perp;pertenk;pfr;phi;\
phiv;phmmat;phone;pi;pitchfork;piv;planck;planckh;plankv;plus;plusacir;plusb;pluscir;plusdo;\
plusdu;pluse;plusmn;plussim;plustwo;pm;pointint;popf;pound;pr;prE;prap;prcue;pre;prec;\
precapprox;preccurlyeq;preceq;precnapprox;precneqq;precnsim;precsim;prime;primes;prnE;prnap;\
prnsim;prod;profalar;profline;profsurf;prop;propto;prsim;prurel;pscr;psi;puncsp;qfr;qint;qopf;\
qprime;qscr;quaternions;quatint;quest;questeq;quot;rAarr;rArr;rAtail;rBarr;rHar;race;racute;\
radic;raemptyv;rang;rangd;range;rangle;raquo;rarr;rarrap;rarrb;rarrbfs;rarrc;rarrfs;rarrhk;\
rarrlp;rarrpl;rarrsim;rarrtl;rarrw;ratail;ratio;rationals;rbarr;rbbrk;rbrace;rbrack;rbrke;\
rbrksld;rbrkslu;rcaron;rcedil;rceil;rcub;rcy;rdca;rdldhar;rdquo;rdquor;rdsh;real;realine;\
realpart;reals;rect;reg;rfisht;rfloor;rfr;rhard;rharu;rharul;rho;rhov;rightarrow;rightarrowtail;\
rightharpoondown;rightharpoonup;rightleftarrows;rightleftharpoons;rightrightarrows;\
rightsquigarrow;rightthreetimes;ring;risingdotseq;rlarr;rlhar;rlm;rmoust;rmoustache;rnmid;roang;\
roarr;robrk;ropar;ropf;roplus;rotimes;rpar;rpargt;rppolint;rrarr;rsaquo;rscr;rsh;rsqb;rsquo;\
rsquor;rthree;rtimes;rtri;rtrie;rtrif;rtriltri;ruluhar;rx;sacute;sbquo;sc;scE;scap;scaron;sccue;\
sce;scedil;scirc;scnE;scnap;scnsim;scpolint;scsim;scy;sdot;sdotb;sdote;seArr;searhk;searr;\
searrow;sect;semi;seswar;setminus;setmn;sext;sfr;sfrown;sharp;shchcy;shcy;shortmid;\
shortparallel;shy;sigma;sigmaf;sigmav;sim;simdot;sime;simeq;simg;simgE;siml;simlE;simne;simplus;\
simrarr;slarr;smallsetminus;smashp;smeparsl;smid;smile;smt;smte;smtes;softcy;sol;solb;solbar;\
sopf;spades;spadesuit;spar;sqcap;sqcaps;sqcup;sqcups;sqsub;sqsube;sqsubset;sqsubseteq;sqsup;\
sqsupe;sqsupset;sqsupseteq;squ;square;squarf;squf;srarr;sscr;ssetmn;ssmile;sstarf;star;starf;\
straightepsilon;straightphi;strns;sub;subE;subdot;sube;subedot;submult;subnE;subne;subplus;\
subrarr;subset;subseteq;subseteqq;subsetneq;subsetneqq;subsim;subsub;subsup;succ;succapprox;\
succcurlyeq;succeq;succnapprox;succneqq;succnsim;succsim;sum;sung;sup;sup1;sup2;sup3;supE;\
supdot;supdsub;supe;supedot;suphsol;suphsub;suplarr;supmult;supnE;supne;supplus;supset;supseteq;\
supseteqq;supsetneq;supsetneqq;supsim;supsub;supsup;swArr;swarhk;swarr;swarrow;swnwar;szlig;\
target;tau;tbrk;tcaron;tcedil;tcy;tdot;telrec;tfr;there4;therefore;theta;thetasym;thetav;\
thickapprox;thicksim;thinsp;thkap;thksim;thorn;tilde;times;timesb;timesbar;timesd;tint;toea;top;\
topbot;topcir;topf;topfork;tosa;tprime;trade;triangle;triangledown;triangleleft;trianglelefteq;\
triangleq;triangleright;trianglerighteq;tridot;trie;triminus;triplus;trisb;tritime;trpezium;\
tscr;tscy;tshcy;tstrok;twixt;twoheadleftarrow;twoheadrightarrow;uArr;uHar;uacute;uarr;ubrcy;\
ubreve;ucirc;ucy;udarr;udblac;udhar;ufisht;ufr;ugrave;uharl;uharr;uhblk;ulcorn;ulcorner;ulcrop;\
ultri;umacr;uml;uogon;uopf;uparrow;updownarrow;upharpoonleft;upharpoonright;uplus;upsi;upsih;\
upsilon;upuparrows;urcorn;urcorner;urcrop;uring;urtri;uscr;utdot;utilde;utri;utrif;uuarr;uuml;\
uwangle;vArr;vBar;vBarv;vDash;vangrt;varepsilon;varkappa;varnothing;varphi;varpi;varpropto;varr;\
varrho;varsigma;varsubsetneq;varsubsetneqq;varsupsetneq;varsupsetneqq;vartheta;vartriangleleft;\
vartriangleright;vcy;vdash;vee;veebar;veeeq;vellip;verbar;vert;vfr;vltri;vnsub;vnsup;vopf;vprop;\
vrtri;vscr;vsubnE;vsubne;vsupnE;vsupne;vzigzag;wcirc;wedbar;wedge;wedgeq;weierp;wfr;wopf;wp;wr;\
wreath;wscr;xcap;xcirc;xcup;xdtri;xfr;xhArr;xharr;xi;xlArr;xlarr;xmap;xnis;xodot;xopf;xoplus;\
xotime;xrArr;xrarr;xscr;xsqcup;xuplus;xutri;xvee;xwedge;yacute;yacy;ycirc;ycy;yen;yfr;yicy;yopf;\
yscr;yucy;yuml;zacute;zcaron;zcy;zdot;zeetrf;zeta;zfr;zhcy;zigrarr;zopf;zscr;zwj;zwnj;";

/// `GROUPS[g]`: where name `8 * g` starts in `NAMES`.
#[rustfmt::skip]
pub(super) const GROUPS: [u16; 266] = [
    0, 45, 97, 150, 198, 263, 324, 433, 518, 564, 627, 722, 850, 988, 1118, 1200,
    1244, 1321, 1383, 1459, 1504, 1583, 1651, 1719, 1767, 1819, 1890, 1932, 1974, 2022, 2112, 2230,
    2350, 2459, 2532, 2650, 2699, 2745, 2871, 2940, 3052, 3186, 3310, 3456, 3588, 3711, 3764, 3828,
    3885, 3947, 4035, 4091, 4135, 4215, 4333, 4448, 4571, 4634, 4679, 4766, 4875, 4959, 5018, 5059,
    5139, 5193, 5243, 5319, 5410, 5477, 5521, 5606, 5646, 5688, 5730, 5783, 5819, 5866, 5911, 5981,
    6040, 6080, 6130, 6199, 6252, 6306, 6368, 6451, 6550, 6595, 6643, 6690, 6739, 6789, 6841, 6891,
    6938, 6987, 7040, 7093, 7141, 7220, 7288, 7345, 7399, 7444, 7500, 7559, 7641, 7692, 7739, 7788,
    7843, 7901, 7967, 8053, 8099, 8153, 8193, 8234, 8288, 8331, 8396, 8449, 8495, 8557, 8603, 8658,
    8714, 8759, 8801, 8848, 8891, 8928, 8972, 9023, 9088, 9138, 9193, 9261, 9309, 9351, 9406, 9453,
    9511, 9559, 9603, 9649, 9691, 9734, 9785, 9840, 9888, 9942, 9989, 10107, 10174, 10239, 10291, 10339,
    10395, 10448, 10540, 10591, 10641, 10687, 10736, 10792, 10843, 10905, 10953, 11000, 11043, 11109, 11156, 11209,
    11255, 11309, 11355, 11395, 11434, 11499, 11543, 11606, 11658, 11716, 11774, 11826, 11886, 11952, 12027, 12076,
    12129, 12174, 12220, 12263, 12313, 12354, 12401, 12451, 12501, 12547, 12600, 12657, 12698, 12767, 12820, 12872,
    12925, 12973, 13024, 13076, 13134, 13189, 13237, 13286, 13336, 13466, 13524, 13573, 13622, 13677, 13718, 13768,
    13816, 13864, 13922, 13967, 14031, 14073, 14126, 14188, 14240, 14303, 14356, 14425, 14497, 14538, 14598, 14665,
    14720, 14765, 14827, 14881, 14930, 15006, 15081, 15144, 15203, 15250, 15301, 15372, 15432, 15480, 15540, 15611,
    15694, 15742, 15791, 15843, 15882, 15924, 15971, 16021, 16058, 16102,
];

/// Name `i`'s character (bits 0–20); 1 + the index in `SECONDS` of a second character, or 0
/// (bits 21–30); bit 31: a legacy name, also valid without `;`.
#[rustfmt::skip]
pub(super) const CHARS: [u32; 2125] = [
    0x800000C6, 0x80000026, 0x800000C1, 0x00000102, 0x800000C2, 0x00000410, 0x0001D504, 0x800000C0,
    0x00000391, 0x00000100, 0x00002A53, 0x00000104, 0x0001D538, 0x00002061, 0x800000C5, 0x0001D49C,
    0x00002254, 0x800000C3, 0x800000C4, 0x00002216, 0x00002AE7, 0x00002306, 0x00000411, 0x00002235,
    0x0000212C, 0x00000392, 0x0001D505, 0x0001D539, 0x000002D8, 0x0000212C, 0x0000224E, 0x00000427,
    0x800000A9, 0x00000106, 0x000022D2, 0x00002145, 0x0000212D, 0x0000010C, 0x800000C7, 0x00000108,
    0x00002230, 0x0000010A, 0x000000B8, 0x000000B7, 0x0000212D, 0x000003A7, 0x00002299, 0x00002296,
    0x00002295, 0x00002297, 0x00002232, 0x0000201D, 0x00002019, 0x00002237, 0x00002A74, 0x00002261,
    0x0000222F, 0x0000222E, 0x00002102, 0x00002210, 0x00002233, 0x00002A2F, 0x0001D49E, 0x000022D3,
    0x0000224D, 0x00002145, 0x00002911, 0x00000402, 0x00000405, 0x0000040F, 0x00002021, 0x000021A1,
    0x00002AE4, 0x0000010E, 0x00000414, 0x00002207, 0x00000394, 0x0001D507, 0x000000B4, 0x000002D9,
    0x000002DD, 0x00000060, 0x000002DC, 0x000022C4, 0x00002146, 0x0001D53B, 0x000000A8, 0x000020DC,
    0x00002250, 0x0000222F, 0x000000A8, 0x000021D3, 0x000021D0, 0x000021D4, 0x00002AE4, 0x000027F8,
    0x000027FA, 0x000027F9, 0x000021D2, 0x000022A8, 0x000021D1, 0x000021D5, 0x00002225, 0x00002193,
    0x00002913, 0x000021F5, 0x00000311, 0x00002950, 0x0000295E, 0x000021BD, 0x00002956, 0x0000295F,
    0x000021C1, 0x00002957, 0x000022A4, 0x000021A7, 0x000021D3, 0x0001D49F, 0x00000110, 0x0000014A,
    0x800000D0, 0x800000C9, 0x0000011A, 0x800000CA, 0x0000042D, 0x00000116, 0x0001D508, 0x800000C8,
    0x00002208, 0x00000112, 0x000025FB, 0x000025AB, 0x00000118, 0x0001D53C, 0x00000395, 0x00002A75,
    0x00002242, 0x000021CC, 0x00002130, 0x00002A73, 0x00000397, 0x800000CB, 0x00002203, 0x00002147,
    0x00000424, 0x0001D509, 0x000025FC, 0x000025AA, 0x0001D53D, 0x00002200, 0x00002131, 0x00002131,
    0x00000403, 0x8000003E, 0x00000393, 0x000003DC, 0x0000011E, 0x00000122, 0x0000011C, 0x00000413,
    0x00000120, 0x0001D50A, 0x000022D9, 0x0001D53E, 0x00002265, 0x000022DB, 0x00002267, 0x00002AA2,
    0x00002277, 0x00002A7E, 0x00002273, 0x0001D4A2, 0x0000226B, 0x0000042A, 0x000002C7, 0x0000005E,
    0x00000124, 0x0000210C, 0x0000210B, 0x0000210D, 0x00002500, 0x0000210B, 0x00000126, 0x0000224E,
    0x0000224F, 0x00000415, 0x00000132, 0x00000401, 0x800000CD, 0x800000CE, 0x00000418, 0x00000130,
    0x00002111, 0x800000CC, 0x00002111, 0x0000012A, 0x00002148, 0x000021D2, 0x0000222C, 0x0000222B,
    0x000022C2, 0x00002063, 0x00002062, 0x0000012E, 0x0001D540, 0x00000399, 0x00002110, 0x00000128,
    0x00000406, 0x800000CF, 0x00000134, 0x00000419, 0x0001D50D, 0x0001D541, 0x0001D4A5, 0x00000408,
    0x00000404, 0x00000425, 0x0000040C, 0x0000039A, 0x00000136, 0x0000041A, 0x0001D50E, 0x0001D542,
    0x0001D4A6, 0x00000409, 0x8000003C, 0x00000139, 0x0000039B, 0x000027EA, 0x00002112, 0x0000219E,
    0x0000013D, 0x0000013B, 0x0000041B, 0x000027E8, 0x00002190, 0x000021E4, 0x000021C6, 0x00002308,
    0x000027E6, 0x00002961, 0x000021C3, 0x00002959, 0x0000230A, 0x00002194, 0x0000294E, 0x000022A3,
    0x000021A4, 0x0000295A, 0x000022B2, 0x000029CF, 0x000022B4, 0x00002951, 0x00002960, 0x000021BF,
    0x00002958, 0x000021BC, 0x00002952, 0x000021D0, 0x000021D4, 0x000022DA, 0x00002266, 0x00002276,
    0x00002AA1, 0x00002A7D, 0x00002272, 0x0001D50F, 0x000022D8, 0x000021DA, 0x0000013F, 0x000027F5,
    0x000027F7, 0x000027F6, 0x000027F8, 0x000027FA, 0x000027F9, 0x0001D543, 0x00002199, 0x00002198,
    0x00002112, 0x000021B0, 0x00000141, 0x0000226A, 0x00002905, 0x0000041C, 0x0000205F, 0x00002133,
    0x0001D510, 0x00002213, 0x0001D544, 0x00002133, 0x0000039C, 0x0000040A, 0x00000143, 0x00000147,
    0x00000145, 0x0000041D, 0x0000200B, 0x0000200B, 0x0000200B, 0x0000200B, 0x0000226B, 0x0000226A,
    0x0000000A, 0x0001D511, 0x00002060, 0x000000A0, 0x00002115, 0x00002AEC, 0x00002262, 0x0000226D,
    0x00002226, 0x00002209, 0x00002260, 0x00202242, 0x00002204, 0x0000226F, 0x00002271, 0x00202267,
    0x0020226B, 0x00002279, 0x00202A7E, 0x00002275, 0x0020224E, 0x0020224F, 0x000022EA, 0x002029CF,
    0x000022EC, 0x0000226E, 0x00002270, 0x00002278, 0x0020226A, 0x00202A7D, 0x00002274, 0x00202AA2,
    0x00202AA1, 0x00002280, 0x00202AAF, 0x000022E0, 0x0000220C, 0x000022EB, 0x002029D0, 0x000022ED,
    0x0020228F, 0x000022E2, 0x00202290, 0x000022E3, 0x00402282, 0x00002288, 0x00002281, 0x00202AB0,
    0x000022E1, 0x0020227F, 0x00402283, 0x00002289, 0x00002241, 0x00002244, 0x00002247, 0x00002249,
    0x00002224, 0x0001D4A9, 0x800000D1, 0x0000039D, 0x00000152, 0x800000D3, 0x800000D4, 0x0000041E,
    0x00000150, 0x0001D512, 0x800000D2, 0x0000014C, 0x000003A9, 0x0000039F, 0x0001D546, 0x0000201C,
    0x00002018, 0x00002A54, 0x0001D4AA, 0x800000D8, 0x800000D5, 0x00002A37, 0x800000D6, 0x0000203E,
    0x000023DE, 0x000023B4, 0x000023DC, 0x00002202, 0x0000041F, 0x0001D513, 0x000003A6, 0x000003A0,
    0x000000B1, 0x0000210C, 0x00002119, 0x00002ABB, 0x0000227A, 0x00002AAF, 0x0000227C, 0x0000227E,
    0x00002033, 0x0000220F, 0x00002237, 0x0000221D, 0x0001D4AB, 0x000003A8, 0x80000022, 0x0001D514,
    0x0000211A, 0x0001D4AC, 0x00002910, 0x800000AE, 0x00000154, 0x000027EB, 0x000021A0, 0x00002916,
    0x00000158, 0x00000156, 0x00000420, 0x0000211C, 0x0000220B, 0x000021CB, 0x0000296F, 0x0000211C,
    0x000003A1, 0x000027E9, 0x00002192, 0x000021E5, 0x000021C4, 0x00002309, 0x000027E7, 0x0000295D,
    0x000021C2, 0x00002955, 0x0000230B, 0x000022A2, 0x000021A6, 0x0000295B, 0x000022B3, 0x000029D0,
    0x000022B5, 0x0000294F, 0x0000295C, 0x000021BE, 0x00002954, 0x000021C0, 0x00002953, 0x000021D2,
    0x0000211D, 0x00002970, 0x000021DB, 0x0000211B, 0x000021B1, 0x000029F4, 0x00000429, 0x00000428,
    0x0000042C, 0x0000015A, 0x00002ABC, 0x00000160, 0x0000015E, 0x0000015C, 0x00000421, 0x0001D516,
    0x00002193, 0x00002190, 0x00002192, 0x00002191, 0x000003A3, 0x00002218, 0x0001D54A, 0x0000221A,
    0x000025A1, 0x00002293, 0x0000228F, 0x00002291, 0x00002290, 0x00002292, 0x00002294, 0x0001D4AE,
    0x000022C6, 0x000022D0, 0x000022D0, 0x00002286, 0x0000227B, 0x00002AB0, 0x0000227D, 0x0000227F,
    0x0000220B, 0x00002211, 0x000022D1, 0x00002283, 0x00002287, 0x000022D1, 0x800000DE, 0x00002122,
    0x0000040B, 0x00000426, 0x00000009, 0x000003A4, 0x00000164, 0x00000162, 0x00000422, 0x0001D517,
    0x00002234, 0x00000398, 0x0060205F, 0x00002009, 0x0000223C, 0x00002243, 0x00002245, 0x00002248,
    0x0001D54B, 0x000020DB, 0x0001D4AF, 0x00000166, 0x800000DA, 0x0000219F, 0x00002949, 0x0000040E,
    0x0000016C, 0x800000DB, 0x00000423, 0x00000170, 0x0001D518, 0x800000D9, 0x0000016A, 0x0000005F,
    0x000023DF, 0x000023B5, 0x000023DD, 0x000022C3, 0x0000228E, 0x00000172, 0x0001D54C, 0x00002191,
    0x00002912, 0x000021C5, 0x00002195, 0x0000296E, 0x000022A5, 0x000021A5, 0x000021D1, 0x000021D5,
    0x00002196, 0x00002197, 0x000003D2, 0x000003A5, 0x0000016E, 0x0001D4B0, 0x00000168, 0x800000DC,
    0x000022AB, 0x00002AEB, 0x00000412, 0x000022A9, 0x00002AE6, 0x000022C1, 0x00002016, 0x00002016,
    0x00002223, 0x0000007C, 0x00002758, 0x00002240, 0x0000200A, 0x0001D519, 0x0001D54D, 0x0001D4B1,
    0x000022AA, 0x00000174, 0x000022C0, 0x0001D51A, 0x0001D54E, 0x0001D4B2, 0x0001D51B, 0x0000039E,
    0x0001D54F, 0x0001D4B3, 0x0000042F, 0x00000407, 0x0000042E, 0x800000DD, 0x00000176, 0x0000042B,
    0x0001D51C, 0x0001D550, 0x0001D4B4, 0x00000178, 0x00000416, 0x00000179, 0x0000017D, 0x00000417,
    0x0000017B, 0x0000200B, 0x00000396, 0x00002128, 0x00002124, 0x0001D4B5, 0x800000E1, 0x00000103,
    0x0000223E, 0x0080223E, 0x0000223F, 0x800000E2, 0x800000B4, 0x00000430, 0x800000E6, 0x00002061,
    0x0001D51E, 0x800000E0, 0x00002135, 0x00002135, 0x000003B1, 0x00000101, 0x00002A3F, 0x80000026,
    0x00002227, 0x00002A55, 0x00002A5C, 0x00002A58, 0x00002A5A, 0x00002220, 0x000029A4, 0x00002220,
    0x00002221, 0x000029A8, 0x000029A9, 0x000029AA, 0x000029AB, 0x000029AC, 0x000029AD, 0x000029AE,
    0x000029AF, 0x0000221F, 0x000022BE, 0x0000299D, 0x00002222, 0x000000C5, 0x0000237C, 0x00000105,
    0x0001D552, 0x00002248, 0x00002A70, 0x00002A6F, 0x0000224A, 0x0000224B, 0x00000027, 0x00002248,
    0x0000224A, 0x800000E5, 0x0001D4B6, 0x0000002A, 0x00002248, 0x0000224D, 0x800000E3, 0x800000E4,
    0x00002233, 0x00002A11, 0x00002AED, 0x0000224C, 0x000003F6, 0x00002035, 0x0000223D, 0x000022CD,
    0x000022BD, 0x00002305, 0x00002305, 0x000023B5, 0x000023B6, 0x0000224C, 0x00000431, 0x0000201E,
    0x00002235, 0x00002235, 0x000029B0, 0x000003F6, 0x0000212C, 0x000003B2, 0x00002136, 0x0000226C,
    0x0001D51F, 0x000022C2, 0x000025EF, 0x000022C3, 0x00002A00, 0x00002A01, 0x00002A02, 0x00002A06,
    0x00002605, 0x000025BD, 0x000025B3, 0x00002A04, 0x000022C1, 0x000022C0, 0x0000290D, 0x000029EB,
    0x000025AA, 0x000025B4, 0x000025BE, 0x000025C2, 0x000025B8, 0x00002423, 0x00002592, 0x00002591,
    0x00002593, 0x00002588, 0x00A0003D, 0x00A02261, 0x00002310, 0x0001D553, 0x000022A5, 0x000022A5,
    0x000022C8, 0x00002557, 0x00002554, 0x00002556, 0x00002553, 0x00002550, 0x00002566, 0x00002569,
    0x00002564, 0x00002567, 0x0000255D, 0x0000255A, 0x0000255C, 0x00002559, 0x00002551, 0x0000256C,
    0x00002563, 0x00002560, 0x0000256B, 0x00002562, 0x0000255F, 0x000029C9, 0x00002555, 0x00002552,
    0x00002510, 0x0000250C, 0x00002500, 0x00002565, 0x00002568, 0x0000252C, 0x00002534, 0x0000229F,
    0x0000229E, 0x000022A0, 0x0000255B, 0x00002558, 0x00002518, 0x00002514, 0x00002502, 0x0000256A,
    0x00002561, 0x0000255E, 0x0000253C, 0x00002524, 0x0000251C, 0x00002035, 0x000002D8, 0x800000A6,
    0x0001D4B7, 0x0000204F, 0x0000223D, 0x000022CD, 0x0000005C, 0x000029C5, 0x000027C8, 0x00002022,
    0x00002022, 0x0000224E, 0x00002AAE, 0x0000224F, 0x0000224F, 0x00000107, 0x00002229, 0x00002A44,
    0x00002A49, 0x00002A4B, 0x00002A47, 0x00002A40, 0x00C02229, 0x00002041, 0x000002C7, 0x00002A4D,
    0x0000010D, 0x800000E7, 0x00000109, 0x00002A4C, 0x00002A50, 0x0000010B, 0x800000B8, 0x000029B2,
    0x800000A2, 0x000000B7, 0x0001D520, 0x00000447, 0x00002713, 0x00002713, 0x000003C7, 0x000025CB,
    0x000029C3, 0x000002C6, 0x00002257, 0x000021BA, 0x000021BB, 0x000000AE, 0x000024C8, 0x0000229B,
    0x0000229A, 0x0000229D, 0x00002257, 0x00002A10, 0x00002AEF, 0x000029C2, 0x00002663, 0x00002663,
    0x0000003A, 0x00002254, 0x00002254, 0x0000002C, 0x00000040, 0x00002201, 0x00002218, 0x00002201,
    0x00002102, 0x00002245, 0x00002A6D, 0x0000222E, 0x0001D554, 0x00002210, 0x800000A9, 0x00002117,
    0x000021B5, 0x00002717, 0x0001D4B8, 0x00002ACF, 0x00002AD1, 0x00002AD0, 0x00002AD2, 0x000022EF,
    0x00002938, 0x00002935, 0x000022DE, 0x000022DF, 0x000021B6, 0x0000293D, 0x0000222A, 0x00002A48,
    0x00002A46, 0x00002A4A, 0x0000228D, 0x00002A45, 0x00C0222A, 0x000021B7, 0x0000293C, 0x000022DE,
    0x000022DF, 0x000022CE, 0x000022CF, 0x800000A4, 0x000021B6, 0x000021B7, 0x000022CE, 0x000022CF,
    0x00002232, 0x00002231, 0x0000232D, 0x000021D3, 0x00002965, 0x00002020, 0x00002138, 0x00002193,
    0x00002010, 0x000022A3, 0x0000290F, 0x000002DD, 0x0000010F, 0x00000434, 0x00002146, 0x00002021,
    0x000021CA, 0x00002A77, 0x800000B0, 0x000003B4, 0x000029B1, 0x0000297F, 0x0001D521, 0x000021C3,
    0x000021C2, 0x000022C4, 0x000022C4, 0x00002666, 0x00002666, 0x000000A8, 0x000003DD, 0x000022F2,
    0x000000F7, 0x800000F7, 0x000022C7, 0x000022C7, 0x00000452, 0x0000231E, 0x0000230D, 0x00000024,
    0x0001D555, 0x000002D9, 0x00002250, 0x00002251, 0x00002238, 0x00002214, 0x000022A1, 0x00002306,
    0x00002193, 0x000021CA, 0x000021C3, 0x000021C2, 0x00002910, 0x0000231F, 0x0000230C, 0x0001D4B9,
    0x00000455, 0x000029F6, 0x00000111, 0x000022F1, 0x000025BF, 0x000025BE, 0x000021F5, 0x0000296F,
    0x000029A6, 0x0000045F, 0x000027FF, 0x00002A77, 0x00002251, 0x800000E9, 0x00002A6E, 0x0000011B,
    0x00002256, 0x800000EA, 0x00002255, 0x0000044D, 0x00000117, 0x00002147, 0x00002252, 0x0001D522,
    0x00002A9A, 0x800000E8, 0x00002A96, 0x00002A98, 0x00002A99, 0x000023E7, 0x00002113, 0x00002A95,
    0x00002A97, 0x00000113, 0x00002205, 0x00002205, 0x00002205, 0x00002003, 0x00002004, 0x00002005,
    0x0000014B, 0x00002002, 0x00000119, 0x0001D556, 0x000022D5, 0x000029E3, 0x00002A71, 0x000003B5,
    0x000003B5, 0x000003F5, 0x00002256, 0x00002255, 0x00002242, 0x00002A96, 0x00002A95, 0x0000003D,
    0x0000225F, 0x00002261, 0x00002A78, 0x000029E5, 0x00002253, 0x00002971, 0x0000212F, 0x00002250,
    0x00002242, 0x000003B7, 0x800000F0, 0x800000EB, 0x000020AC, 0x00000021, 0x00002203, 0x00002130,
    0x00002147, 0x00002252, 0x00000444, 0x00002640, 0x0000FB03, 0x0000FB00, 0x0000FB04, 0x0001D523,
    0x0000FB01, 0x00E00066, 0x0000266D, 0x0000FB02, 0x000025B1, 0x00000192, 0x0001D557, 0x00002200,
    0x000022D4, 0x00002AD9, 0x00002A0D, 0x800000BD, 0x00002153, 0x800000BC, 0x00002155, 0x00002159,
    0x0000215B, 0x00002154, 0x00002156, 0x800000BE, 0x00002157, 0x0000215C, 0x00002158, 0x0000215A,
    0x0000215D, 0x0000215E, 0x00002044, 0x00002322, 0x0001D4BB, 0x00002267, 0x00002A8C, 0x000001F5,
    0x000003B3, 0x000003DD, 0x00002A86, 0x0000011F, 0x0000011D, 0x00000433, 0x00000121, 0x00002265,
    0x000022DB, 0x00002265, 0x00002267, 0x00002A7E, 0x00002A7E, 0x00002AA9, 0x00002A80, 0x00002A82,
    0x00002A84, 0x00C022DB, 0x00002A94, 0x0001D524, 0x0000226B, 0x000022D9, 0x00002137, 0x00000453,
    0x00002277, 0x00002A92, 0x00002AA5, 0x00002AA4, 0x00002269, 0x00002A8A, 0x00002A8A, 0x00002A88,
    0x00002A88, 0x00002269, 0x000022E7, 0x0001D558, 0x00000060, 0x0000210A, 0x00002273, 0x00002A8E,
    0x00002A90, 0x8000003E, 0x00002AA7, 0x00002A7A, 0x000022D7, 0x00002995, 0x00002A7C, 0x00002A86,
    0x00002978, 0x000022D7, 0x000022DB, 0x00002A8C, 0x00002277, 0x00002273, 0x00C02269, 0x00C02269,
    0x000021D4, 0x0000200A, 0x000000BD, 0x0000210B, 0x0000044A, 0x00002194, 0x00002948, 0x000021AD,
    0x0000210F, 0x00000125, 0x00002665, 0x00002665, 0x00002026, 0x000022B9, 0x0001D525, 0x00002925,
    0x00002926, 0x000021FF, 0x0000223B, 0x000021A9, 0x000021AA, 0x0001D559, 0x00002015, 0x0001D4BD,
    0x0000210F, 0x00000127, 0x00002043, 0x00002010, 0x800000ED, 0x00002063, 0x800000EE, 0x00000438,
    0x00000435, 0x800000A1, 0x000021D4, 0x0001D526, 0x800000EC, 0x00002148, 0x00002A0C, 0x0000222D,
    0x000029DC, 0x00002129, 0x00000133, 0x0000012B, 0x00002111, 0x00002110, 0x00002111, 0x00000131,
    0x000022B7, 0x000001B5, 0x00002208, 0x00002105, 0x0000221E, 0x000029DD, 0x00000131, 0x0000222B,
    0x000022BA, 0x00002124, 0x000022BA, 0x00002A17, 0x00002A3C, 0x00000451, 0x0000012F, 0x0001D55A,
    0x000003B9, 0x00002A3C, 0x800000BF, 0x0001D4BE, 0x00002208, 0x000022F9, 0x000022F5, 0x000022F4,
    0x000022F3, 0x00002208, 0x00002062, 0x00000129, 0x00000456, 0x800000EF, 0x00000135, 0x00000439,
    0x0001D527, 0x00000237, 0x0001D55B, 0x0001D4BF, 0x00000458, 0x00000454, 0x000003BA, 0x000003F0,
    0x00000137, 0x0000043A, 0x0001D528, 0x00000138, 0x00000445, 0x0000045C, 0x0001D55C, 0x0001D4C0,
    0x000021DA, 0x000021D0, 0x0000291B, 0x0000290E, 0x00002266, 0x00002A8B, 0x00002962, 0x0000013A,
    0x000029B4, 0x00002112, 0x000003BB, 0x000027E8, 0x00002991, 0x000027E8, 0x00002A85, 0x800000AB,
    0x00002190, 0x000021E4, 0x0000291F, 0x0000291D, 0x000021A9, 0x000021AB, 0x00002939, 0x00002973,
    0x000021A2, 0x00002AAB, 0x00002919, 0x00002AAD, 0x00C02AAD, 0x0000290C, 0x00002772, 0x0000007B,
    0x0000005B, 0x0000298B, 0x0000298F, 0x0000298D, 0x0000013E, 0x0000013C, 0x00002308, 0x0000007B,
    0x0000043B, 0x00002936, 0x0000201C, 0x0000201E, 0x00002967, 0x0000294B, 0x000021B2, 0x00002264,
    0x00002190, 0x000021A2, 0x000021BD, 0x000021BC, 0x000021C7, 0x00002194, 0x000021C6, 0x000021CB,
    0x000021AD, 0x000022CB, 0x000022DA, 0x00002264, 0x00002266, 0x00002A7D, 0x00002A7D, 0x00002AA8,
    0x00002A7F, 0x00002A81, 0x00002A83, 0x00C022DA, 0x00002A93, 0x00002A85, 0x000022D6, 0x000022DA,
    0x00002A8B, 0x00002276, 0x00002272, 0x0000297C, 0x0000230A, 0x0001D529, 0x00002276, 0x00002A91,
    0x000021BD, 0x000021BC, 0x0000296A, 0x00002584, 0x00000459, 0x0000226A, 0x000021C7, 0x0000231E,
    0x0000296B, 0x000025FA, 0x00000140, 0x000023B0, 0x000023B0, 0x00002268, 0x00002A89, 0x00002A89,
    0x00002A87, 0x00002A87, 0x00002268, 0x000022E6, 0x000027EC, 0x000021FD, 0x000027E6, 0x000027F5,
    0x000027F7, 0x000027FC, 0x000027F6, 0x000021AB, 0x000021AC, 0x00002985, 0x0001D55D, 0x00002A2D,
    0x00002A34, 0x00002217, 0x0000005F, 0x000025CA, 0x000025CA, 0x000029EB, 0x00000028, 0x00002993,
    0x000021C6, 0x0000231F, 0x000021CB, 0x0000296D, 0x0000200E, 0x000022BF, 0x00002039, 0x0001D4C1,
    0x000021B0, 0x00002272, 0x00002A8D, 0x00002A8F, 0x0000005B, 0x00002018, 0x0000201A, 0x00000142,
    0x8000003C, 0x00002AA6, 0x00002A79, 0x000022D6, 0x000022CB, 0x000022C9, 0x00002976, 0x00002A7B,
    0x00002996, 0x000025C3, 0x000022B4, 0x000025C2, 0x0000294A, 0x00002966, 0x00C02268, 0x00C02268,
    0x0000223A, 0x800000AF, 0x00002642, 0x00002720, 0x00002720, 0x000021A6, 0x000021A6, 0x000021A7,
    0x000021A4, 0x000021A5, 0x000025AE, 0x00002A29, 0x0000043C, 0x00002014, 0x00002221, 0x0001D52A,
    0x00002127, 0x800000B5, 0x00002223, 0x0000002A, 0x00002AF0, 0x800000B7, 0x00002212, 0x0000229F,
    0x00002238, 0x00002A2A, 0x00002ADB, 0x00002026, 0x00002213, 0x000022A7, 0x0001D55E, 0x00002213,
    0x0001D4C2, 0x0000223E, 0x000003BC, 0x000022B8, 0x000022B8, 0x002022D9, 0x0040226B, 0x0020226B,
    0x000021CD, 0x000021CE, 0x002022D8, 0x0040226A, 0x0020226A, 0x000021CF, 0x000022AF, 0x000022AE,
    0x00002207, 0x00000144, 0x00402220, 0x00002249, 0x00202A70, 0x0020224B, 0x00000149, 0x00002249,
    0x0000266E, 0x0000266E, 0x00002115, 0x800000A0, 0x0020224E, 0x0020224F, 0x00002A43, 0x00000148,
    0x00000146, 0x00002247, 0x00202A6D, 0x00002A42, 0x0000043D, 0x00002013, 0x00002260, 0x000021D7,
    0x00002924, 0x00002197, 0x00002197, 0x00202250, 0x00002262, 0x00002928, 0x00202242, 0x00002204,
    0x00002204, 0x0001D52B, 0x00202267, 0x00002271, 0x00002271, 0x00202267, 0x00202A7E, 0x00202A7E,
    0x00002275, 0x0000226F, 0x0000226F, 0x000021CE, 0x000021AE, 0x00002AF2, 0x0000220B, 0x000022FC,
    0x000022FA, 0x0000220B, 0x0000045A, 0x000021CD, 0x00202266, 0x0000219A, 0x00002025, 0x00002270,
    0x0000219A, 0x000021AE, 0x00002270, 0x00202266, 0x00202A7D, 0x00202A7D, 0x0000226E, 0x00002274,
    0x0000226E, 0x000022EA, 0x000022EC, 0x00002224, 0x0001D55F, 0x800000AC, 0x00002209, 0x002022F9,
    0x002022F5, 0x00002209, 0x000022F7, 0x000022F6, 0x0000220C, 0x0000220C, 0x000022FE, 0x000022FD,
    0x00002226, 0x00002226, 0x00A02AFD, 0x00202202, 0x00002A14, 0x00002280, 0x000022E0, 0x00202AAF,
    0x00002280, 0x00202AAF, 0x000021CF, 0x0000219B, 0x00202933, 0x0020219D, 0x0000219B, 0x000022EB,
    0x000022ED, 0x00002281, 0x000022E1, 0x00202AB0, 0x0001D4C3, 0x00002224, 0x00002226, 0x00002241,
    0x00002244, 0x00002244, 0x00002224, 0x00002226, 0x000022E2, 0x000022E3, 0x00002284, 0x00202AC5,
    0x00002288, 0x00402282, 0x00002288, 0x00202AC5, 0x00002281, 0x00202AB0, 0x00002285, 0x00202AC6,
    0x00002289, 0x00402283, 0x00002289, 0x00202AC6, 0x00002279, 0x800000F1, 0x00002278, 0x000022EA,
    0x000022EC, 0x000022EB, 0x000022ED, 0x000003BD, 0x00000023, 0x00002116, 0x00002007, 0x000022AD,
    0x00002904, 0x0040224D, 0x000022AC, 0x00402265, 0x0040003E, 0x000029DE, 0x00002902, 0x00402264,
    0x0040003C, 0x004022B4, 0x00002903, 0x004022B5, 0x0040223C, 0x000021D6, 0x00002923, 0x00002196,
    0x00002196, 0x00002927, 0x000024C8, 0x800000F3, 0x0000229B, 0x0000229A, 0x800000F4, 0x0000043E,
    0x0000229D, 0x00000151, 0x00002A38, 0x00002299, 0x000029BC, 0x00000153, 0x000029BF, 0x0001D52C,
    0x000002DB, 0x800000F2, 0x000029C1, 0x000029B5, 0x000003A9, 0x0000222E, 0x000021BA, 0x000029BE,
    0x000029BB, 0x0000203E, 0x000029C0, 0x0000014D, 0x000003C9, 0x000003BF, 0x000029B6, 0x00002296,
    0x0001D560, 0x000029B7, 0x000029B9, 0x00002295, 0x00002228, 0x000021BB, 0x00002A5D, 0x00002134,
    0x00002134, 0x800000AA, 0x800000BA, 0x000022B6, 0x00002A56, 0x00002A57, 0x00002A5B, 0x00002134,
    0x800000F8, 0x00002298, 0x800000F5, 0x00002297, 0x00002A36, 0x800000F6, 0x0000233D, 0x00002225,
    0x800000B6, 0x00002225, 0x00002AF3, 0x00002AFD, 0x00002202, 0x0000043F, 0x00000025, 0x0000002E,
    0x00002030, 0x000022A5, 0x00002031, 0x0001D52D, 0x000003C6, 0x000003D5, 0x00002133, 0x0000260E,
    0x000003C0, 0x000022D4, 0x000003D6, 0x0000210F, 0x0000210E, 0x0000210F, 0x0000002B, 0x00002A23,
    0x0000229E, 0x00002A22, 0x00002214, 0x00002A25, 0x00002A72, 0x800000B1, 0x00002A26, 0x00002A27,
    0x000000B1, 0x00002A15, 0x0001D561, 0x800000A3, 0x0000227A, 0x00002AB3, 0x00002AB7, 0x0000227C,
    0x00002AAF, 0x0000227A, 0x00002AB7, 0x0000227C, 0x00002AAF, 0x00002AB9, 0x00002AB5, 0x000022E8,
    0x0000227E, 0x00002032, 0x00002119, 0x00002AB5, 0x00002AB9, 0x000022E8, 0x0000220F, 0x0000232E,
    0x00002312, 0x00002313, 0x0000221D, 0x0000221D, 0x0000227E, 0x000022B0, 0x0001D4C5, 0x000003C8,
    0x00002008, 0x0001D52E, 0x00002A0C, 0x0001D562, 0x00002057, 0x0001D4C6, 0x0000210D, 0x00002A16,
    0x0000003F, 0x0000225F, 0x80000022, 0x000021DB, 0x000021D2, 0x0000291C, 0x0000290F, 0x00002964,
    0x0100223D, 0x00000155, 0x0000221A, 0x000029B3, 0x000027E9, 0x00002992, 0x000029A5, 0x000027E9,
    0x800000BB, 0x00002192, 0x00002975, 0x000021E5, 0x00002920, 0x00002933, 0x0000291E, 0x000021AA,
    0x000021AC, 0x00002945, 0x00002974, 0x000021A3, 0x0000219D, 0x0000291A, 0x00002236, 0x0000211A,
    0x0000290D, 0x00002773, 0x0000007D, 0x0000005D, 0x0000298C, 0x0000298E, 0x00002990, 0x00000159,
    0x00000157, 0x00002309, 0x0000007D, 0x00000440, 0x00002937, 0x00002969, 0x0000201D, 0x0000201D,
    0x000021B3, 0x0000211C, 0x0000211B, 0x0000211C, 0x0000211D, 0x000025AD, 0x800000AE, 0x0000297D,
    0x0000230B, 0x0001D52F, 0x000021C1, 0x000021C0, 0x0000296C, 0x000003C1, 0x000003F1, 0x00002192,
    0x000021A3, 0x000021C1, 0x000021C0, 0x000021C4, 0x000021CC, 0x000021C9, 0x0000219D, 0x000022CC,
    0x000002DA, 0x00002253, 0x000021C4, 0x000021CC, 0x0000200F, 0x000023B1, 0x000023B1, 0x00002AEE,
    0x000027ED, 0x000021FE, 0x000027E7, 0x00002986, 0x0001D563, 0x00002A2E, 0x00002A35, 0x00000029,
    0x00002994, 0x00002A12, 0x000021C9, 0x0000203A, 0x0001D4C7, 0x000021B1, 0x0000005D, 0x00002019,
    0x00002019, 0x000022CC, 0x000022CA, 0x000025B9, 0x000022B5, 0x000025B8, 0x000029CE, 0x00002968,
    0x0000211E, 0x0000015B, 0x0000201A, 0x0000227B, 0x00002AB4, 0x00002AB8, 0x00000161, 0x0000227D,
    0x00002AB0, 0x0000015F, 0x0000015D, 0x00002AB6, 0x00002ABA, 0x000022E9, 0x00002A13, 0x0000227F,
    0x00000441, 0x000022C5, 0x000022A1, 0x00002A66, 0x000021D8, 0x00002925, 0x00002198, 0x00002198,
    0x800000A7, 0x0000003B, 0x00002929, 0x00002216, 0x00002216, 0x00002736, 0x0001D530, 0x00002322,
    0x0000266F, 0x00000449, 0x00000448, 0x00002223, 0x00002225, 0x800000AD, 0x000003C3, 0x000003C2,
    0x000003C2, 0x0000223C, 0x00002A6A, 0x00002243, 0x00002243, 0x00002A9E, 0x00002AA0, 0x00002A9D,
    0x00002A9F, 0x00002246, 0x00002A24, 0x00002972, 0x00002190, 0x00002216, 0x00002A33, 0x000029E4,
    0x00002223, 0x00002323, 0x00002AAA, 0x00002AAC, 0x00C02AAC, 0x0000044C, 0x0000002F, 0x000029C4,
    0x0000233F, 0x0001D564, 0x00002660, 0x00002660, 0x00002225, 0x00002293, 0x00C02293, 0x00002294,
    0x00C02294, 0x0000228F, 0x00002291, 0x0000228F, 0x00002291, 0x00002290, 0x00002292, 0x00002290,
    0x00002292, 0x000025A1, 0x000025A1, 0x000025AA, 0x000025AA, 0x00002192, 0x0001D4C8, 0x00002216,
    0x00002323, 0x000022C6, 0x00002606, 0x00002605, 0x000003F5, 0x000003D5, 0x000000AF, 0x00002282,
    0x00002AC5, 0x00002ABD, 0x00002286, 0x00002AC3, 0x00002AC1, 0x00002ACB, 0x0000228A, 0x00002ABF,
    0x00002979, 0x00002282, 0x00002286, 0x00002AC5, 0x0000228A, 0x00002ACB, 0x00002AC7, 0x00002AD5,
    0x00002AD3, 0x0000227B, 0x00002AB8, 0x0000227D, 0x00002AB0, 0x00002ABA, 0x00002AB6, 0x000022E9,
    0x0000227F, 0x00002211, 0x0000266A, 0x00002283, 0x800000B9, 0x800000B2, 0x800000B3, 0x00002AC6,
    0x00002ABE, 0x00002AD8, 0x00002287, 0x00002AC4, 0x000027C9, 0x00002AD7, 0x0000297B, 0x00002AC2,
    0x00002ACC, 0x0000228B, 0x00002AC0, 0x00002283, 0x00002287, 0x00002AC6, 0x0000228B, 0x00002ACC,
    0x00002AC8, 0x00002AD4, 0x00002AD6, 0x000021D9, 0x00002926, 0x00002199, 0x00002199, 0x0000292A,
    0x800000DF, 0x00002316, 0x000003C4, 0x000023B4, 0x00000165, 0x00000163, 0x00000442, 0x000020DB,
    0x00002315, 0x0001D531, 0x00002234, 0x00002234, 0x000003B8, 0x000003D1, 0x000003D1, 0x00002248,
    0x0000223C, 0x00002009, 0x00002248, 0x0000223C, 0x800000FE, 0x000002DC, 0x800000D7, 0x000022A0,
    0x00002A31, 0x00002A30, 0x0000222D, 0x00002928, 0x000022A4, 0x00002336, 0x00002AF1, 0x0001D565,
    0x00002ADA, 0x00002929, 0x00002034, 0x00002122, 0x000025B5, 0x000025BF, 0x000025C3, 0x000022B4,
    0x0000225C, 0x000025B9, 0x000022B5, 0x000025EC, 0x0000225C, 0x00002A3A, 0x00002A39, 0x000029CD,
    0x00002A3B, 0x000023E2, 0x0001D4C9, 0x00000446, 0x0000045B, 0x00000167, 0x0000226C, 0x0000219E,
    0x000021A0, 0x000021D1, 0x00002963, 0x800000FA, 0x00002191, 0x0000045E, 0x0000016D, 0x800000FB,
    0x00000443, 0x000021C5, 0x00000171, 0x0000296E, 0x0000297E, 0x0001D532, 0x800000F9, 0x000021BF,
    0x000021BE, 0x00002580, 0x0000231C, 0x0000231C, 0x0000230F, 0x000025F8, 0x0000016B, 0x800000A8,
    0x00000173, 0x0001D566, 0x00002191, 0x00002195, 0x000021BF, 0x000021BE, 0x0000228E, 0x000003C5,
    0x000003D2, 0x000003C5, 0x000021C8, 0x0000231D, 0x0000231D, 0x0000230E, 0x0000016F, 0x000025F9,
    0x0001D4CA, 0x000022F0, 0x00000169, 0x000025B5, 0x000025B4, 0x000021C8, 0x800000FC, 0x000029A7,
    0x000021D5, 0x00002AE8, 0x00002AE9, 0x000022A8, 0x0000299C, 0x000003F5, 0x000003F0, 0x00002205,
    0x000003D5, 0x000003D6, 0x0000221D, 0x00002195, 0x000003F1, 0x000003C2, 0x00C0228A, 0x00C02ACB,
    0x00C0228B, 0x00C02ACC, 0x000003D1, 0x000022B2, 0x000022B3, 0x00000432, 0x000022A2, 0x00002228,
    0x000022BB, 0x0000225A, 0x000022EE, 0x0000007C, 0x0000007C, 0x0001D533, 0x000022B2, 0x00402282,
    0x00402283, 0x0001D567, 0x0000221D, 0x000022B3, 0x0001D4CB, 0x00C02ACB, 0x00C0228A, 0x00C02ACC,
    0x00C0228B, 0x0000299A, 0x00000175, 0x00002A5F, 0x00002227, 0x00002259, 0x00002118, 0x0001D534,
    0x0001D568, 0x00002118, 0x00002240, 0x00002240, 0x0001D4CC, 0x000022C2, 0x000025EF, 0x000022C3,
    0x000025BD, 0x0001D535, 0x000027FA, 0x000027F7, 0x000003BE, 0x000027F8, 0x000027F5, 0x000027FC,
    0x000022FB, 0x00002A00, 0x0001D569, 0x00002A01, 0x00002A02, 0x000027F9, 0x000027F6, 0x0001D4CD,
    0x00002A06, 0x00002A04, 0x000025B3, 0x000022C1, 0x000022C0, 0x800000FD, 0x0000044F, 0x00000177,
    0x0000044B, 0x800000A5, 0x0001D536, 0x00000457, 0x0001D56A, 0x0001D4CE, 0x0000044E, 0x800000FF,
    0x0000017A, 0x0000017E, 0x00000437, 0x0000017C, 0x00002128, 0x000003B6, 0x0001D537, 0x00000436,
    0x000021DD, 0x0001D56B, 0x0001D4CF, 0x0000200D, 0x0000200C,
];

/// Second characters of two-character references.
#[rustfmt::skip]
pub(super) const SECONDS: [char; 8] = [
    '\u{338}', '\u{20D2}', '\u{200A}', '\u{333}', '\u{20E5}', '\u{FE00}', '\u{6A}', '\u{331}',
];
