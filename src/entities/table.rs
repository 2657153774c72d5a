//! The named character references of HTML: generated from htmlize's copy of
//! <https://html.spec.whatwg.org/entities.json> by `UPDATE_ENTITIES=1 cargo test --lib
//! entities`. Do not edit.

/// Every name without `&` and `;`, sorted by bytes, concatenated.
#[rustfmt::skip]
pub(super) const NAMES: &str = "\
AEligAMPAacuteAbreveAcircAcyAfrAgraveAlphaAmacrAndAogonAopfApplyFunctionAringAscrAssignAtilde\
AumlBackslashBarvBarwedBcyBecauseBernoullisBetaBfrBopfBreveBscrBumpeqCHcyCOPYCacuteCap\
CapitalDifferentialDCayleysCcaronCcedilCcircCconintCdotCedillaCenterDotCfrChiCircleDot\
CircleMinusCirclePlusCircleTimesClockwiseContourIntegralCloseCurlyDoubleQuoteCloseCurlyQuote\
ColonColoneCongruentConintContourIntegralCopfCoproductCounterClockwiseContourIntegralCrossCscr\
CupCupCapDDDDotrahdDJcyDScyDZcyDaggerDarrDashvDcaronDcyDelDeltaDfrDiacriticalAcuteDiacriticalDot\
DiacriticalDoubleAcuteDiacriticalGraveDiacriticalTildeDiamondDifferentialDDopfDotDotDotDotEqual\
DoubleContourIntegralDoubleDotDoubleDownArrowDoubleLeftArrowDoubleLeftRightArrowDoubleLeftTee\
DoubleLongLeftArrowDoubleLongLeftRightArrowDoubleLongRightArrowDoubleRightArrowDoubleRightTee\
DoubleUpArrowDoubleUpDownArrowDoubleVerticalBarDownArrowDownArrowBarDownArrowUpArrowDownBreve\
DownLeftRightVectorDownLeftTeeVectorDownLeftVectorDownLeftVectorBarDownRightTeeVector\
DownRightVectorDownRightVectorBarDownTeeDownTeeArrowDownarrowDscrDstrokENGETHEacuteEcaronEcirc\
EcyEdotEfrEgraveElementEmacrEmptySmallSquareEmptyVerySmallSquareEogonEopfEpsilonEqualEqualTilde\
EquilibriumEscrEsimEtaEumlExistsExponentialEFcyFfrFilledSmallSquareFilledVerySmallSquareFopf\
ForAllFouriertrfFscrGJcyGTGammaGammadGbreveGcedilGcircGcyGdotGfrGgGopfGreaterEqual\
GreaterEqualLessGreaterFullEqualGreaterGreaterGreaterLessGreaterSlantEqualGreaterTildeGscrGt\
HARDcyHacekHatHcircHfrHilbertSpaceHopfHorizontalLineHscrHstrokHumpDownHumpHumpEqualIEcyIJligIOcy\
IacuteIcircIcyIdotIfrIgraveImImacrImaginaryIImpliesIntIntegralIntersectionInvisibleComma\
InvisibleTimesIogonIopfIotaIscrItildeIukcyIumlJcircJcyJfrJopfJscrJsercyJukcyKHcyKJcyKappaKcedil\
KcyKfrKopfKscrLJcyLTLacuteLambdaLangLaplacetrfLarrLcaronLcedilLcyLeftAngleBracketLeftArrow\
LeftArrowBarLeftArrowRightArrowLeftCeilingLeftDoubleBracketLeftDownTeeVectorLeftDownVector\
LeftDownVectorBarLeftFloorLeftRightArrowLeftRightVectorLeftTeeLeftTeeArrowLeftTeeVector\
LeftTriangleLeftTriangleBarLeftTriangleEqualLeftUpDownVectorLeftUpTeeVectorLeftUpVector\
LeftUpVectorBarLeftVectorLeftVectorBarLeftarrowLeftrightarrowLessEqualGreaterLessFullEqual\
LessGreaterLessLessLessSlantEqualLessTildeLfrLlLleftarrowLmidotLongLeftArrowLongLeftRightArrow\
LongRightArrowLongleftarrowLongleftrightarrowLongrightarrowLopfLowerLeftArrowLowerRightArrowLscr\
LshLstrokLtMapMcyMediumSpaceMellintrfMfrMinusPlusMopfMscrMuNJcyNacuteNcaronNcedilNcy\
NegativeMediumSpaceNegativeThickSpaceNegativeThinSpaceNegativeVeryThinSpaceNestedGreaterGreater\
NestedLessLessNewLineNfrNoBreakNonBreakingSpaceNopfNotNotCongruentNotCupCapNotDoubleVerticalBar\
NotElementNotEqualNotEqualTildeNotExistsNotGreaterNotGreaterEqualNotGreaterFullEqual\
NotGreaterGreaterNotGreaterLessNotGreaterSlantEqualNotGreaterTildeNotHumpDownHumpNotHumpEqual\
NotLeftTriangleNotLeftTriangleBarNotLeftTriangleEqualNotLessNotLessEqualNotLessGreater\
NotLessLessNotLessSlantEqualNotLessTildeNotNestedGreaterGreaterNotNestedLessLessNotPrecedes\
NotPrecedesEqualNotPrecedesSlantEqualNotReverseElementNotRightTriangleNotRightTriangleBar\
NotRightTriangleEqualNotSquareSubsetNotSquareSubsetEqualNotSquareSupersetNotSquareSupersetEqual\
NotSubsetNotSubsetEqualNotSucceedsNotSucceedsEqualNotSucceedsSlantEqualNotSucceedsTilde\
NotSupersetNotSupersetEqualNotTildeNotTildeEqualNotTildeFullEqualNotTildeTildeNotVerticalBarNscr\
NtildeNuOEligOacuteOcircOcyOdblacOfrOgraveOmacrOmegaOmicronOopfOpenCurlyDoubleQuote\
OpenCurlyQuoteOrOscrOslashOtildeOtimesOumlOverBarOverBraceOverBracketOverParenthesisPartialDPcy\
PfrPhiPiPlusMinusPoincareplanePopfPrPrecedesPrecedesEqualPrecedesSlantEqualPrecedesTildePrime\
ProductProportionProportionalPscrPsiQUOTQfrQopfQscrRBarrREGRacuteRangRarrRarrtlRcaronRcedilRcyRe\
ReverseElementReverseEquilibriumReverseUpEquilibriumRfrRhoRightAngleBracketRightArrow\
RightArrowBarRightArrowLeftArrowRightCeilingRightDoubleBracketRightDownTeeVectorRightDownVector\
RightDownVectorBarRightFloorRightTeeRightTeeArrowRightTeeVectorRightTriangleRightTriangleBar\
RightTriangleEqualRightUpDownVectorRightUpTeeVectorRightUpVectorRightUpVectorBarRightVector\
RightVectorBarRightarrowRopfRoundImpliesRrightarrowRscrRshRuleDelayedSHCHcySHcySOFTcySacuteSc\
ScaronScedilScircScySfrShortDownArrowShortLeftArrowShortRightArrowShortUpArrowSigmaSmallCircle\
SopfSqrtSquareSquareIntersectionSquareSubsetSquareSubsetEqualSquareSupersetSquareSupersetEqual\
SquareUnionSscrStarSubSubsetSubsetEqualSucceedsSucceedsEqualSucceedsSlantEqualSucceedsTilde\
SuchThatSumSupSupersetSupersetEqualSupsetTHORNTRADETSHcyTScyTabTauTcaronTcedilTcyTfrTherefore\
ThetaThickSpaceThinSpaceTildeTildeEqualTildeFullEqualTildeTildeTopfTripleDotTscrTstrokUacuteUarr\
UarrocirUbrcyUbreveUcircUcyUdblacUfrUgraveUmacrUnderBarUnderBraceUnderBracketUnderParenthesis\
UnionUnionPlusUogonUopfUpArrowUpArrowBarUpArrowDownArrowUpDownArrowUpEquilibriumUpTeeUpTeeArrow\
UparrowUpdownarrowUpperLeftArrowUpperRightArrowUpsiUpsilonUringUscrUtildeUumlVDashVbarVcyVdash\
VdashlVeeVerbarVertVerticalBarVerticalLineVerticalSeparatorVerticalTildeVeryThinSpaceVfrVopfVscr\
VvdashWcircWedgeWfrWopfWscrXfrXiXopfXscrYAcyYIcyYUcyYacuteYcircYcyYfrYopfYscrYumlZHcyZacute\
ZcaronZcyZdotZeroWidthSpaceZetaZfrZopfZscraacuteabreveacacEacdacircacuteacyaeligafafragrave\
alefsymalephalphaamacramalgampandandandanddandslopeandvangangeangleangmsdangmsdaaangmsdab\
angmsdacangmsdadangmsdaeangmsdafangmsdagangmsdahangrtangrtvbangrtvbdangsphangstangzarraogonaopf\
apapEapacirapeapidaposapproxapproxeqaringascrastasympasympeqatildeaumlawconintawintbNotbackcong\
backepsilonbackprimebacksimbacksimeqbarveebarwedbarwedgebbrkbbrktbrkbcongbcybdquobecausbecause\
bemptyvbepsibernoubetabethbetweenbfrbigcapbigcircbigcupbigodotbigoplusbigotimesbigsqcupbigstar\
bigtriangledownbigtriangleupbiguplusbigveebigwedgebkarowblacklozengeblacksquareblacktriangle\
blacktriangledownblacktriangleleftblacktrianglerightblankblk12blk14blk34blockbnebnequivbnotbopf\
botbottombowtieboxDLboxDRboxDlboxDrboxHboxHDboxHUboxHdboxHuboxULboxURboxUlboxUrboxVboxVHboxVL\
boxVRboxVhboxVlboxVrboxboxboxdLboxdRboxdlboxdrboxhboxhDboxhUboxhdboxhuboxminusboxplusboxtimes\
boxuLboxuRboxulboxurboxvboxvHboxvLboxvRboxvhboxvlboxvrbprimebrevebrvbarbscrbsemibsimbsimebsol\
bsolbbsolhsubbullbulletbumpbumpEbumpebumpeqcacutecapcapandcapbrcupcapcapcapcupcapdotcapscaret\
caronccapsccaronccedilccircccupsccupssmcdotcedilcemptyvcentcenterdotcfrchcycheckcheckmarkchicir\
cirEcirccirceqcirclearrowleftcirclearrowrightcircledRcircledScircledastcircledcirccircleddash\
cirecirfnintcirmidcirscirclubsclubsuitcoloncolonecoloneqcommacommatcompcompfncomplementcomplexes\
congcongdotconintcopfcoprodcopycopysrcrarrcrosscscrcsubcsubecsupcsupectdotcudarrlcudarrrcuepr\
cuesccularrcularrpcupcupbrcapcupcapcupcupcupdotcuporcupscurarrcurarrmcurlyeqpreccurlyeqsucc\
curlyveecurlywedgecurrencurvearrowleftcurvearrowrightcuveecuwedcwconintcwintcylctydArrdHardagger\
dalethdarrdashdashvdbkarowdblacdcarondcyddddaggerddarrddotseqdegdeltademptyvdfishtdfrdharldharr\
diamdiamonddiamondsuitdiamsdiedigammadisindivdividedivideontimesdivonxdjcydlcorndlcropdollardopf\
dotdoteqdoteqdotdotminusdotplusdotsquaredoublebarwedgedownarrowdowndownarrowsdownharpoonleft\
downharpoonrightdrbkarowdrcorndrcropdscrdscydsoldstrokdtdotdtridtrifduarrduhardwangledzcy\
dzigrarreDDoteDoteacuteeasterecaronecirecircecolonecyedoteeefDotefregegraveegsegsdotelelinters\
ellelselsdotemacremptyemptysetemptyvemspemsp13emsp14engenspeogoneopfepareparsleplusepsiepsilon\
epsiveqcirceqcoloneqsimeqslantgtreqslantlessequalsequestequivequivDDeqvparslerDoterarrescresdot\
esimetaetheumleuroexclexistexpectationexponentialefallingdotseqfcyfemaleffiligffligfflligffr\
filigfjligflatflligfltnsfnoffopfforallforkforkvfpartintfrac12frac13frac14frac15frac16frac18\
frac23frac25frac34frac35frac38frac45frac56frac58frac78fraslfrownfscrgEgElgacutegammagammadgap\
gbrevegcircgcygdotgegelgeqgeqqgeqslantgesgesccgesdotgesdotogesdotolgeslgeslesgfrggggggimelgjcygl\
glEglagljgnEgnapgnapproxgnegneqgneqqgnsimgopfgravegscrgsimgsimegsimlgtgtccgtcirgtdotgtlPar\
gtquestgtrapproxgtrarrgtrdotgtreqlessgtreqqlessgtrlessgtrsimgvertneqqgvnEhArrhairsphalfhamilt\
hardcyharrharrcirharrwhbarhcircheartsheartsuithellipherconhfrhksearowhkswarowhoarrhomtht\
hookleftarrowhookrightarrowhopfhorbarhscrhslashhstrokhybullhypheniacuteicicircicyiecyiexcliffifr\
igraveiiiiiintiiintiinfiniiotaijligimacrimageimaglineimagpartimathimofimpedinincareinfininfintie\
inodotintintcalintegersintercalintlarhkintprodiocyiogoniopfiotaiprodiquestiscrisinisinEisindot\
isinsisinsvisinvititildeiukcyiumljcircjcyjfrjmathjopfjscrjsercyjukcykappakappavkcedilkcykfr\
kgreenkhcykjcykopfkscrlAarrlArrlAtaillBarrlElEglHarlacutelaemptyvlagranlambdalanglangdlanglelap\
laquolarrlarrblarrbfslarrfslarrhklarrlplarrpllarrsimlarrtllatlataillatelateslbarrlbbrklbrace\
lbracklbrkelbrksldlbrkslulcaronlcedillceillcublcyldcaldquoldquorldrdharldrusharldshleleftarrow\
leftarrowtailleftharpoondownleftharpoonupleftleftarrowsleftrightarrowleftrightarrows\
leftrightharpoonsleftrightsquigarrowleftthreetimeslegleqleqqleqslantleslescclesdotlesdoto\
lesdotorlesglesgeslessapproxlessdotlesseqgtrlesseqqgtrlessgtrlesssimlfishtlfloorlfrlglgElhard\
lharulharullhblkljcyllllarrllcornerllhardlltrilmidotlmoustlmoustachelnElnaplnapproxlnelneqlneqq\
lnsimloangloarrlobrklongleftarrowlongleftrightarrowlongmapstolongrightarrowlooparrowleft\
looparrowrightloparlopflopluslotimeslowastlowbarlozlozengelozflparlparltlrarrlrcornerlrharlrhard\
lrmlrtrilsaquolscrlshlsimlsimelsimglsqblsquolsquorlstrokltltccltcirltdotlthreeltimesltlarr\
ltquestltrParltriltrieltriflurdsharluruharlvertneqqlvnEmDDotmacrmalemaltmaltesemapmapsto\
mapstodownmapstoleftmapstoupmarkermcommamcymdashmeasuredanglemfrmhomicromidmidastmidcirmiddot\
minusminusbminusdminusdumlcpmldrmnplusmodelsmopfmpmscrmstposmumultimapmumapnGgnGtnGtvnLeftarrow\
nLeftrightarrownLlnLtnLtvnRightarrownVDashnVdashnablanacutenangnapnapEnapidnaposnapproxnatur\
naturalnaturalsnbspnbumpnbumpencapncaronncedilncongncongdotncupncyndashneneArrnearhknearrnearrow\
nedotnequivnesearnesimnexistnexistsnfrngEngengeqngeqqngeqslantngesngsimngtngtrnhArrnharrnhparni\
nisnisdnivnjcynlArrnlEnlarrnldrnlenleftarrownleftrightarrownleqnleqqnleqslantnlesnlessnlsimnlt\
nltrinltrienmidnopfnotnotinnotinEnotindotnotinvanotinvbnotinvcnotninotnivanotnivbnotnivcnpar\
nparallelnparslnpartnpolintnprnprcuenprenprecnpreceqnrArrnrarrnrarrcnrarrwnrightarrownrtrinrtrie\
nscnsccuenscenscrnshortmidnshortparallelnsimnsimensimeqnsmidnsparnsqsubensqsupensubnsubEnsube\
nsubsetnsubseteqnsubseteqqnsuccnsucceqnsupnsupEnsupensupsetnsupseteqnsupseteqqntglntildentlg\
ntriangleleftntrianglelefteqntrianglerightntrianglerighteqnunumnumeronumspnvDashnvHarrnvapnvdash\
nvgenvgtnvinfinnvlArrnvlenvltnvltrienvrArrnvrtrienvsimnwArrnwarhknwarrnwarrownwnearoSoacuteoast\
ocirocircocyodashodblacodivodotodsoldoeligofcirofrogonograveogtohbarohmointolarrolcirolcross\
olineoltomacromegaomicronomidominusoopfoparoperpoplusororarrordorderorderofordfordmorigoforor\
orslopeorvoscroslashosolotildeotimesotimesasoumlovbarparparaparallelparsimparslpartpcypercnt\
periodpermilperppertenkpfrphiphivphmmatphonepipitchforkpivplanckplanckhplankvplusplusacirplusb\
pluscirplusdoplusdupluseplusmnplussimplustwopmpointintpopfpoundprprEprapprcuepreprecprecapprox\
preccurlyeqpreceqprecnapproxprecneqqprecnsimprecsimprimeprimesprnEprnapprnsimprodprofalar\
proflineprofsurfpropproptoprsimprurelpscrpsipuncspqfrqintqopfqprimeqscrquaternionsquatintquest\
questeqquotrAarrrArrrAtailrBarrrHarraceracuteradicraemptyvrangrangdrangerangleraquorarrrarrap\
rarrbrarrbfsrarrcrarrfsrarrhkrarrlprarrplrarrsimrarrtlrarrwratailratiorationalsrbarrrbbrkrbrace\
rbrackrbrkerbrksldrbrkslurcaronrcedilrceilrcubrcyrdcardldharrdquordquorrdshrealrealinerealpart\
realsrectregrfishtrfloorrfrrhardrharurharulrhorhovrightarrowrightarrowtailrightharpoondown\
rightharpoonuprightleftarrowsrightleftharpoonsrightrightarrowsrightsquigarrowrightthreetimesring\
risingdotseqrlarrrlharrlmrmoustrmoustachernmidroangroarrrobrkroparropfroplusrotimesrparrpargt\
rppolintrrarrrsaquorscrrshrsqbrsquorsquorrthreertimesrtrirtriertrifrtriltriruluharrxsacutesbquo\
scscEscapscaronsccuescescedilscircscnEscnapscnsimscpolintscsimscysdotsdotbsdoteseArrsearhksearr\
searrowsectsemiseswarsetminussetmnsextsfrsfrownsharpshchcyshcyshortmidshortparallelshysigma\
sigmafsigmavsimsimdotsimesimeqsimgsimgEsimlsimlEsimnesimplussimrarrslarrsmallsetminussmashp\
smeparslsmidsmilesmtsmtesmtessoftcysolsolbsolbarsopfspadesspadesuitsparsqcapsqcapssqcupsqcups\
sqsubsqsubesqsubsetsqsubseteqsqsupsqsupesqsupsetsqsupseteqsqusquaresquarfsqufsrarrsscrssetmn\
ssmilesstarfstarstarfstraightepsilonstraightphistrnssubsubEsubdotsubesubedotsubmultsubnEsubne\
subplussubrarrsubsetsubseteqsubseteqqsubsetneqsubsetneqqsubsimsubsubsubsupsuccsuccapprox\
succcurlyeqsucceqsuccnapproxsuccneqqsuccnsimsuccsimsumsungsupsup1sup2sup3supEsupdotsupdsubsupe\
supedotsuphsolsuphsubsuplarrsupmultsupnEsupnesupplussupsetsupseteqsupseteqqsupsetneqsupsetneqq\
supsimsupsubsupsupswArrswarhkswarrswarrowswnwarszligtargettautbrktcarontcediltcytdottelrectfr\
there4thereforethetathetasymthetavthickapproxthicksimthinspthkapthksimthorntildetimestimesb\
timesbartimesdtinttoeatoptopbottopcirtopftopforktosatprimetradetriangletriangledowntriangleleft\
trianglelefteqtriangleqtrianglerighttrianglerighteqtridottrietriminustriplustrisbtritimetrpezium\
tscrtscytshcytstroktwixttwoheadleftarrowtwoheadrightarrowuArruHaruacuteuarrubrcyubreveucircucy\
udarrudblacudharufishtufrugraveuharluharruhblkulcornulcornerulcropultriumacrumluogonuopfuparrow\
updownarrowupharpoonleftupharpoonrightuplusupsiupsihupsilonupuparrowsurcornurcornerurcropuring\
urtriuscrutdotutildeutriutrifuuarruumluwanglevArrvBarvBarvvDashvangrtvarepsilonvarkappa\
varnothingvarphivarpivarproptovarrvarrhovarsigmavarsubsetneqvarsubsetneqqvarsupsetneq\
varsupsetneqqvarthetavartriangleleftvartrianglerightvcyvdashveeveebarveeeqvellipverbarvertvfr\
vltrivnsubvnsupvopfvpropvrtrivscrvsubnEvsubnevsupnEvsupnevzigzagwcircwedbarwedgewedgeqweierpwfr\
wopfwpwrwreathwscrxcapxcircxcupxdtrixfrxhArrxharrxixlArrxlarrxmapxnisxodotxopfxoplusxotimexrArr\
xrarrxscrxsqcupxuplusxutrixveexwedgeyacuteyacyycircycyyenyfryicyyopfyscryucyyumlzacutezcaronzcy\
zdotzeetrfzetazfrzhcyzigrarrzopfzscrzwjzwnj";

/// `ENDS[i]`: where name `i` ends in `NAMES` (it starts where name `i - 1` ends).
#[rustfmt::skip]
pub(super) const ENDS: [u16; 2125] = [
    5, 8, 14, 20, 25, 28, 31, 37, 42, 47, 50, 55, 59, 72, 77, 81,
    87, 93, 97, 106, 110, 116, 119, 126, 136, 140, 143, 147, 152, 156, 162, 166,
    170, 176, 179, 199, 206, 212, 218, 223, 230, 234, 241, 250, 253, 256, 265, 276,
    286, 297, 321, 342, 357, 362, 368, 377, 383, 398, 402, 411, 442, 447, 451, 454,
    460, 462, 470, 474, 478, 482, 488, 492, 497, 503, 506, 509, 514, 517, 533, 547,
    569, 585, 601, 608, 621, 625, 628, 634, 642, 663, 672, 687, 702, 722, 735, 754,
    778, 798, 814, 828, 841, 858, 875, 884, 896, 912, 921, 940, 957, 971, 988, 1006,
    1021, 1039, 1046, 1058, 1067, 1071, 1077, 1080, 1083, 1089, 1095, 1100, 1103, 1107, 1110, 1116,
    1123, 1128, 1144, 1164, 1169, 1173, 1180, 1185, 1195, 1206, 1210, 1214, 1217, 1221, 1227, 1239,
    1242, 1245, 1262, 1283, 1287, 1293, 1303, 1307, 1311, 1313, 1318, 1324, 1330, 1336, 1341, 1344,
    1348, 1351, 1353, 1357, 1369, 1385, 1401, 1415, 1426, 1443, 1455, 1459, 1461, 1467, 1472, 1475,
    1480, 1483, 1495, 1499, 1513, 1517, 1523, 1535, 1544, 1548, 1553, 1557, 1563, 1568, 1571, 1575,
    1578, 1584, 1586, 1591, 1601, 1608, 1611, 1619, 1631, 1645, 1659, 1664, 1668, 1672, 1676, 1682,
    1687, 1691, 1696, 1699, 1702, 1706, 1710, 1716, 1721, 1725, 1729, 1734, 1740, 1743, 1746, 1750,
    1754, 1758, 1760, 1766, 1772, 1776, 1786, 1790, 1796, 1802, 1805, 1821, 1830, 1842, 1861, 1872,
    1889, 1906, 1920, 1937, 1946, 1960, 1975, 1982, 1994, 2007, 2019, 2034, 2051, 2067, 2082, 2094,
    2109, 2119, 2132, 2141, 2155, 2171, 2184, 2195, 2203, 2217, 2226, 2229, 2231, 2241, 2247, 2260,
    2278, 2292, 2305, 2323, 2337, 2341, 2355, 2370, 2374, 2377, 2383, 2385, 2388, 2391, 2402, 2411,
    2414, 2423, 2427, 2431, 2433, 2437, 2443, 2449, 2455, 2458, 2477, 2495, 2512, 2533, 2553, 2567,
    2574, 2577, 2584, 2600, 2604, 2607, 2619, 2628, 2648, 2658, 2666, 2679, 2688, 2698, 2713, 2732,
    2749, 2763, 2783, 2798, 2813, 2825, 2840, 2858, 2878, 2885, 2897, 2911, 2922, 2939, 2951, 2974,
    2991, 3002, 3018, 3039, 3056, 3072, 3091, 3112, 3127, 3147, 3164, 3186, 3195, 3209, 3220, 3236,
    3257, 3273, 3284, 3300, 3308, 3321, 3338, 3351, 3365, 3369, 3375, 3377, 3382, 3388, 3393, 3396,
    3402, 3405, 3411, 3416, 3421, 3428, 3432, 3452, 3466, 3468, 3472, 3478, 3484, 3490, 3494, 3501,
    3510, 3521, 3536, 3544, 3547, 3550, 3553, 3555, 3564, 3577, 3581, 3583, 3591, 3604, 3622, 3635,
    3640, 3647, 3657, 3669, 3673, 3676, 3680, 3683, 3687, 3691, 3696, 3699, 3705, 3709, 3713, 3719,
    3725, 3731, 3734, 3736, 3750, 3768, 3788, 3791, 3794, 3811, 3821, 3834, 3853, 3865, 3883, 3901,
    3916, 3934, 3944, 3952, 3965, 3979, 3992, 4008, 4026, 4043, 4059, 4072, 4088, 4099, 4113, 4123,
    4127, 4139, 4150, 4154, 4157, 4168, 4174, 4178, 4184, 4190, 4192, 4198, 4204, 4209, 4212, 4215,
    4229, 4243, 4258, 4270, 4275, 4286, 4290, 4294, 4300, 4318, 4330, 4347, 4361, 4380, 4391, 4395,
    4399, 4402, 4408, 4419, 4427, 4440, 4458, 4471, 4479, 4482, 4485, 4493, 4506, 4512, 4517, 4522,
    4527, 4531, 4534, 4537, 4543, 4549, 4552, 4555, 4564, 4569, 4579, 4588, 4593, 4603, 4617, 4627,
    4631, 4640, 4644, 4650, 4656, 4660, 4668, 4673, 4679, 4684, 4687, 4693, 4696, 4702, 4707, 4715,
    4725, 4737, 4753, 4758, 4767, 4772, 4776, 4783, 4793, 4809, 4820, 4833, 4838, 4848, 4855, 4866,
    4880, 4895, 4899, 4906, 4911, 4915, 4921, 4925, 4930, 4934, 4937, 4942, 4948, 4951, 4957, 4961,
    4972, 4984, 5001, 5014, 5027, 5030, 5034, 5038, 5044, 5049, 5054, 5057, 5061, 5065, 5068, 5070,
    5074, 5078, 5082, 5086, 5090, 5096, 5101, 5104, 5107, 5111, 5115, 5119, 5123, 5129, 5135, 5138,
    5142, 5156, 5160, 5163, 5167, 5171, 5177, 5183, 5185, 5188, 5191, 5196, 5201, 5204, 5209, 5211,
    5214, 5220, 5227, 5232, 5237, 5242, 5247, 5250, 5253, 5259, 5263, 5271, 5275, 5278, 5282, 5287,
    5293, 5301, 5309, 5317, 5325, 5333, 5341, 5349, 5357, 5362, 5369, 5377, 5383, 5388, 5395, 5400,
    5404, 5406, 5409, 5415, 5418, 5422, 5426, 5432, 5440, 5445, 5449, 5452, 5457, 5464, 5470, 5474,
    5482, 5487, 5491, 5499, 5510, 5519, 5526, 5535, 5541, 5547, 5555, 5559, 5567, 5572, 5575, 5580,
    5586, 5593, 5600, 5605, 5611, 5615, 5619, 5626, 5629, 5635, 5642, 5648, 5655, 5663, 5672, 5680,
    5687, 5702, 5715, 5723, 5729, 5737, 5743, 5755, 5766, 5779, 5796, 5813, 5831, 5836, 5841, 5846,
    5851, 5856, 5859, 5866, 5870, 5874, 5877, 5883, 5889, 5894, 5899, 5904, 5909, 5913, 5918, 5923,
    5928, 5933, 5938, 5943, 5948, 5953, 5957, 5962, 5967, 5972, 5977, 5982, 5987, 5993, 5998, 6003,
    6008, 6013, 6017, 6022, 6027, 6032, 6037, 6045, 6052, 6060, 6065, 6070, 6075, 6080, 6084, 6089,
    6094, 6099, 6104, 6109, 6114, 6120, 6125, 6131, 6135, 6140, 6144, 6149, 6153, 6158, 6166, 6170,
    6176, 6180, 6185, 6190, 6196, 6202, 6205, 6211, 6219, 6225, 6231, 6237, 6241, 6246, 6251, 6256,
    6262, 6268, 6273, 6278, 6285, 6289, 6294, 6301, 6305, 6314, 6317, 6321, 6326, 6335, 6338, 6341,
    6345, 6349, 6355, 6370, 6386, 6394, 6402, 6412, 6423, 6434, 6438, 6446, 6452, 6459, 6464, 6472,
    6477, 6483, 6490, 6495, 6501, 6505, 6511, 6521, 6530, 6534, 6541, 6547, 6551, 6557, 6561, 6567,
    6572, 6577, 6581, 6585, 6590, 6594, 6599, 6604, 6611, 6618, 6623, 6628, 6634, 6641, 6644, 6652,
    6658, 6664, 6670, 6675, 6679, 6685, 6692, 6703, 6714, 6722, 6732, 6738, 6752, 6767, 6772, 6777,
    6785, 6790, 6796, 6800, 6804, 6810, 6816, 6820, 6824, 6829, 6836, 6841, 6847, 6850, 6852, 6859,
    6864, 6871, 6874, 6879, 6886, 6892, 6895, 6900, 6905, 6909, 6916, 6927, 6932, 6935, 6942, 6947,
    6950, 6956, 6969, 6975, 6979, 6985, 6991, 6997, 7001, 7004, 7009, 7017, 7025, 7032, 7041, 7055,
    7064, 7078, 7093, 7109, 7117, 7123, 7129, 7133, 7137, 7141, 7147, 7152, 7156, 7161, 7166, 7171,
    7178, 7182, 7190, 7195, 7199, 7205, 7211, 7217, 7221, 7226, 7232, 7235, 7239, 7241, 7246, 7249,
    7251, 7257, 7260, 7266, 7268, 7276, 7279, 7282, 7288, 7293, 7298, 7306, 7312, 7316, 7322, 7328,
    7331, 7335, 7340, 7344, 7348, 7354, 7359, 7363, 7370, 7375, 7381, 7388, 7393, 7403, 7414, 7420,
    7426, 7431, 7438, 7446, 7451, 7456, 7460, 7465, 7469, 7472, 7475, 7479, 7483, 7487, 7492, 7503,
    7515, 7528, 7531, 7537, 7543, 7548, 7554, 7557, 7562, 7567, 7571, 7576, 7581, 7585, 7589, 7595,
    7599, 7604, 7612, 7618, 7624, 7630, 7636, 7642, 7648, 7654, 7660, 7666, 7672, 7678, 7684, 7690,
    7696, 7702, 7707, 7712, 7716, 7718, 7721, 7727, 7732, 7738, 7741, 7747, 7752, 7755, 7759, 7761,
    7764, 7767, 7771, 7779, 7782, 7787, 7793, 7800, 7808, 7812, 7818, 7821, 7823, 7826, 7831, 7835,
    7837, 7840, 7843, 7846, 7849, 7853, 7861, 7864, 7868, 7873, 7878, 7882, 7887, 7891, 7895, 7900,
    7905, 7907, 7911, 7916, 7921, 7927, 7934, 7943, 7949, 7955, 7964, 7974, 7981, 7987, 7996, 8000,
    8004, 8010, 8014, 8020, 8026, 8030, 8037, 8042, 8046, 8051, 8057, 8066, 8072, 8078, 8081, 8089,
    8097, 8102, 8108, 8121, 8135, 8139, 8145, 8149, 8155, 8161, 8167, 8173, 8179, 8181, 8186, 8189,
    8193, 8198, 8201, 8204, 8210, 8212, 8218, 8223, 8229, 8234, 8239, 8244, 8249, 8257, 8265, 8270,
    8274, 8279, 8281, 8287, 8292, 8300, 8306, 8309, 8315, 8323, 8331, 8339, 8346, 8350, 8355, 8359,
    8363, 8368, 8374, 8378, 8382, 8387, 8394, 8399, 8405, 8410, 8412, 8418, 8423, 8427, 8432, 8435,
    8438, 8443, 8447, 8451, 8457, 8462, 8467, 8473, 8479, 8482, 8485, 8491, 8495, 8499, 8503, 8507,
    8512, 8516, 8522, 8527, 8529, 8532, 8536, 8542, 8550, 8556, 8562, 8566, 8571, 8577, 8580, 8585,
    8589, 8594, 8601, 8607, 8613, 8619, 8625, 8632, 8638, 8641, 8647, 8651, 8656, 8661, 8666, 8672,
    8678, 8683, 8690, 8697, 8703, 8709, 8714, 8718, 8721, 8725, 8730, 8736, 8743, 8751, 8755, 8757,
    8766, 8779, 8794, 8807, 8821, 8835, 8850, 8867, 8886, 8900, 8903, 8906, 8910, 8918, 8921, 8926,
    8932, 8939, 8947, 8951, 8957, 8967, 8974, 8983, 8993, 9000, 9007, 9013, 9019, 9022, 9024, 9027,
    9032, 9037, 9043, 9048, 9052, 9054, 9059, 9067, 9073, 9078, 9084, 9090, 9100, 9103, 9107, 9115,
    9118, 9122, 9127, 9132, 9137, 9142, 9147, 9160, 9178, 9188, 9202, 9215, 9229, 9234, 9238, 9244,
    9251, 9257, 9263, 9266, 9273, 9277, 9281, 9287, 9292, 9300, 9305, 9311, 9314, 9319, 9325, 9329,
    9332, 9336, 9341, 9346, 9350, 9355, 9361, 9367, 9369, 9373, 9378, 9383, 9389, 9395, 9401, 9408,
    9414, 9418, 9423, 9428, 9436, 9443, 9452, 9456, 9461, 9465, 9469, 9473, 9480, 9483, 9489, 9499,
    9509, 9517, 9523, 9529, 9532, 9537, 9550, 9553, 9556, 9561, 9564, 9570, 9576, 9582, 9587, 9593,
    9599, 9606, 9610, 9614, 9620, 9626, 9630, 9632, 9636, 9642, 9644, 9652, 9657, 9660, 9663, 9667,
    9677, 9692, 9695, 9698, 9702, 9713, 9719, 9725, 9730, 9736, 9740, 9743, 9747, 9752, 9757, 9764,
    9769, 9776, 9784, 9788, 9793, 9799, 9803, 9809, 9815, 9820, 9828, 9832, 9835, 9840, 9842, 9847,
    9853, 9858, 9865, 9870, 9876, 9882, 9887, 9893, 9900, 9903, 9906, 9909, 9913, 9918, 9927, 9931,
    9936, 9939, 9943, 9948, 9953, 9958, 9960, 9963, 9967, 9970, 9974, 9979, 9982, 9987, 9991, 9994,
    10004, 10019, 10023, 10028, 10037, 10041, 10046, 10051, 10054, 10059, 10065, 10069, 10073, 10076, 10081, 10087,
    10095, 10102, 10109, 10116, 10121, 10128, 10135, 10142, 10146, 10155, 10161, 10166, 10173, 10176, 10182, 10186,
    10191, 10198, 10203, 10208, 10214, 10220, 10231, 10236, 10242, 10245, 10251, 10255, 10259, 10268, 10282, 10286,
    10291, 10297, 10302, 10307, 10314, 10321, 10325, 10330, 10335, 10342, 10351, 10361, 10366, 10373, 10377, 10382,
    10387, 10394, 10403, 10413, 10417, 10423, 10427, 10440, 10455, 10469, 10485, 10487, 10490, 10496, 10501, 10507,
    10513, 10517, 10523, 10527, 10531, 10538, 10544, 10548, 10552, 10559, 10565, 10572, 10577, 10582, 10588, 10593,
    10600, 10606, 10608, 10614, 10618, 10622, 10627, 10630, 10635, 10641, 10645, 10649, 10655, 10660, 10665, 10668,
    10672, 10678, 10681, 10686, 10689, 10693, 10698, 10703, 10710, 10715, 10718, 10723, 10728, 10735, 10739, 10745,
    10749, 10753, 10758, 10763, 10765, 10770, 10773, 10778, 10785, 10789, 10793, 10799, 10803, 10810, 10813, 10817,
    10823, 10827, 10833, 10839, 10847, 10851, 10856, 10859, 10863, 10871, 10877, 10882, 10886, 10889, 10895, 10901,
    10907, 10911, 10918, 10921, 10924, 10928, 10934, 10939, 10941, 10950, 10953, 10959, 10966, 10972, 10976, 10984,
    10989, 10996, 11002, 11008, 11013, 11019, 11026, 11033, 11035, 11043, 11047, 11052, 11054, 11057, 11061, 11066,
    11069, 11073, 11083, 11094, 11100, 11111, 11119, 11127, 11134, 11139, 11145, 11149, 11154, 11160, 11164, 11172,
    11180, 11188, 11192, 11198, 11203, 11209, 11213, 11216, 11222, 11225, 11229, 11233, 11239, 11243, 11254, 11261,
    11266, 11273, 11277, 11282, 11286, 11292, 11297, 11301, 11305, 11311, 11316, 11324, 11328, 11333, 11338, 11344,
    11349, 11353, 11359, 11364, 11371, 11376, 11382, 11388, 11394, 11400, 11407, 11413, 11418, 11424, 11429, 11438,
    11443, 11448, 11454, 11460, 11465, 11472, 11479, 11485, 11491, 11496, 11500, 11503, 11507, 11514, 11519, 11525,
    11529, 11533, 11540, 11548, 11553, 11557, 11560, 11566, 11572, 11575, 11580, 11585, 11591, 11594, 11598, 11608,
    11622, 11638, 11652, 11667, 11684, 11700, 11715, 11730, 11734, 11746, 11751, 11756, 11759, 11765, 11775, 11780,
    11785, 11790, 11795, 11800, 11804, 11810, 11817, 11821, 11827, 11835, 11840, 11846, 11850, 11853, 11857, 11862,
    11868, 11874, 11880, 11884, 11889, 11894, 11902, 11909, 11911, 11917, 11922, 11924, 11927, 11931, 11937, 11942,
    11945, 11951, 11956, 11960, 11965, 11971, 11979, 11984, 11987, 11991, 11996, 12001, 12006, 12012, 12017, 12024,
    12028, 12032, 12038, 12046, 12051, 12055, 12058, 12064, 12069, 12075, 12079, 12087, 12100, 12103, 12108, 12114,
    12120, 12123, 12129, 12133, 12138, 12142, 12147, 12151, 12156, 12161, 12168, 12175, 12180, 12193, 12199, 12207,
    12211, 12216, 12219, 12223, 12228, 12234, 12237, 12241, 12247, 12251, 12257, 12266, 12270, 12275, 12281, 12286,
    12292, 12297, 12303, 12311, 12321, 12326, 12332, 12340, 12350, 12353, 12359, 12365, 12369, 12374, 12378, 12384,
    12390, 12396, 12400, 12405, 12420, 12431, 12436, 12439, 12443, 12449, 12453, 12460, 12467, 12472, 12477, 12484,
    12491, 12497, 12505, 12514, 12523, 12533, 12539, 12545, 12551, 12555, 12565, 12576, 12582, 12593, 12601, 12609,
    12616, 12619, 12623, 12626, 12630, 12634, 12638, 12642, 12648, 12655, 12659, 12666, 12673, 12680, 12687, 12694,
    12699, 12704, 12711, 12717, 12725, 12734, 12743, 12753, 12759, 12765, 12771, 12776, 12782, 12787, 12794, 12800,
    12805, 12811, 12814, 12818, 12824, 12830, 12833, 12837, 12843, 12846, 12852, 12861, 12866, 12874, 12880, 12891,
    12899, 12905, 12910, 12916, 12921, 12926, 12931, 12937, 12945, 12951, 12955, 12959, 12962, 12968, 12974, 12978,
    12985, 12989, 12995, 13000, 13008, 13020, 13032, 13046, 13055, 13068, 13083, 13089, 13093, 13101, 13108, 13113,
    13120, 13128, 13132, 13136, 13141, 13147, 13152, 13168, 13185, 13189, 13193, 13199, 13203, 13208, 13214, 13219,
    13222, 13227, 13233, 13238, 13244, 13247, 13253, 13258, 13263, 13268, 13274, 13282, 13288, 13293, 13298, 13301,
    13306, 13310, 13317, 13328, 13341, 13355, 13360, 13364, 13369, 13376, 13386, 13392, 13400, 13406, 13411, 13416,
    13420, 13425, 13431, 13435, 13440, 13445, 13449, 13456, 13460, 13464, 13469, 13474, 13480, 13490, 13498, 13508,
    13514, 13519, 13528, 13532, 13538, 13546, 13558, 13571, 13583, 13596, 13604, 13619, 13635, 13638, 13643, 13646,
    13652, 13657, 13663, 13669, 13673, 13676, 13681, 13686, 13691, 13695, 13700, 13705, 13709, 13715, 13721, 13727,
    13733, 13740, 13745, 13751, 13756, 13762, 13768, 13771, 13775, 13777, 13779, 13785, 13789, 13793, 13798, 13802,
    13807, 13810, 13815, 13820, 13822, 13827, 13832, 13836, 13840, 13845, 13849, 13855, 13861, 13866, 13871, 13875,
    13881, 13887, 13892, 13896, 13902, 13908, 13912, 13917, 13920, 13923, 13926, 13930, 13934, 13938, 13942, 13946,
    13952, 13958, 13961, 13965, 13971, 13975, 13978, 13982, 13989, 13993, 13997, 14000, 14004,
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
