# writer scripts, part 09. Each item written by hand.
ITEMS = [
(0, "classification", "tr", "before", "reviews", None, """Şu yorumu olumlu, olumsuz veya nötr olarak sınıflandırır mısın?

"Sipariş 50 dakika geç geldi, lahmacunlar soğumuştu. Kurye çok kibardı ama yemek yenmeyecek haldeydi. Bir daha bu restorandan sipariş vermem." """),
(1, "open_qa", "tr", "none", "none", None, """İstanbul'da neden her kış lodos bu kadar sorun çıkarıyor?"""),
(0, "summarization", "tr", "before", "prose", "S-tr-p01", """Bu duyuruyu 2-3 cümleyle özetler misin?

DUYURU — Yeşilvadi Sitesi Yönetimi
Değerli site sakinlerimiz, 10 Haziran - 25 Haziran tarihleri arasında sitemizin su deposu temizlenecek ve ana hattaki eski borular yenilenecektir. Bu süre boyunca her gün saat 09.00 ile 17.00 arasında sularımız kesik olacaktır. Sabah 06.00-09.00 ve akşam 18.00-23.00 saatleri arasında su normal şekilde verilecektir. Lütfen önceden su depolayınız ve çocuklarımızın çalışma alanına yaklaşmamasına dikkat ediniz. Çalışmalar için aidatlara herhangi bir zam yapılmayacaktır. Acil durumlarda site görevlisine ulaşabilirsiniz. Anlayışınız için teşekkür ederiz."""),
(1, "general_qa", "tr", "after", "prose", "S-tr-p01", """DUYURU — Yeşilvadi Sitesi Yönetimi
10 Haziran - 25 Haziran tarihleri arasında sitemizin su deposu temizlenecek ve ana hattaki eski borular yenilenecektir. Bu süre boyunca her gün saat 09.00 ile 17.00 arasında sularımız kesik olacaktır. Sabah 06.00-09.00 ve akşam 18.00-23.00 saatleri arasında su normal şekilde verilecektir.

Evde 1 yaşında bebeğim var ve gündüz evden çalışıyorum, kayınvalidem de yatağa bağlı, bakımını biz yapıyoruz. Bu iki haftayı nasıl idare edelim? Ne kadar su depolamak mantıklı, hangi kaplarda saklamak lazım?"""),
(0, "classification", "tr", "before", "email", None, """Bu mesaj dolandırıcılık mı? Sadece evet veya hayır yaz.

"Sayın müşterimiz, adınıza kayıtlı kargo gümrükte bekletilmektedir. 24 saat içinde 38,90 TL gümrük ücreti ödenmezse iade edilecektir. Ödeme için: ptt-kargo-takip.online" """),
(1, "creative_writing", "tr", "none", "none", None, """Babaannemin 80. yaş günü için kısa bir şiir yazar mısın? Bahçesini, çayını ve torunlarını çok sever. Çok ağdalı olmasın, samimi olsun."""),
(0, "summarization", "tr", "after", "transcript", None, """(Pazartesi ekip toplantısı, kayıttan yazıya geçirildi)

Selin: Herkes burada mı? Tamam, başlayalım, yarım saatimiz var. İlk konu: Kasım indirim kampanyası. Burak, stok durumu ne?
Burak: Üç model çay makinesinin stoğu geldi, geçen yılın yaklaşık bir buçuk katı. Yalnız yeni model, hani cam demlikli olan, fabrikadan bir hafta gecikmeli geliyor.
Selin: O zaman ön sipariş 1 Kasım'da başlayabilir mi?
Burak: Ön sipariş başlar ama kargoya verme en erken 8 Kasım olur.
Selin: Ürün sayfasına teslim tarihini açıkça yazalım, yoksa şikâyet yağar. Ece, bunu sen halledebilir misin?
Ece: Tabii, bugün mesai bitmeden güncellerim. Bir de influencer meselesi var. İki kişiyle görüştüm: biri yemek içerikleri yapıyor, 1,5 milyon takipçi; diğeri ev dekorasyonu, 600 bin takipçi. İkisi toplam 240 bin lira istiyor.
Selin: Biraz yüksek. Geri dönüşü hesapladın mı?
Ece: Geçen yılın dönüşüm oranına göre yaklaşık dört katı.
Selin: Tamam, ama yemekçi kanaldan asgari satış garantisi iste. Kabul etmezse sadece dekorasyoncuyla devam ederiz. Çarşamba'ya kadar haber ver.
Ece: Anlaştık.
Selin: İkinci konu: müşteri hizmetleri. Kaan, olumsuz yorum oranı ne durumda?
Kaan: Geçen ay yüzde 2,2. Çoğu kargo gecikmesi ve ezik kutu şikâyeti. Yeni anlaştığımız kargo firması özellikle Doğu Anadolu'da çok geç teslim ediyor.
Selin: O bölgelerde eski firmaya dönebilir miyiz?
Kaan: Dönebiliriz ama gönderi başına yaklaşık 14 lira fazla ödeyeceğiz.
Selin: 14 lira kabul edilebilir. Önce Erzurum ve Van'dan başlayalım, iki hafta veriye bakarız. Kargo firmasıyla görüşmeyi sen yap Kaan.
Kaan: Tamam.
Selin: Son konu: kampanya boyunca destek ekibine takviye lazım. Geçici personeli nereden bulacağız?
Burak: Geçen sene öğrenci aldığımız üniversiteyle yine konuşabilirim.
Selin: Tamam Burak, 15 kişiyi netleştir. Eğitimleri de kampanyadan en az bir hafta önce başlasın, Kaan sana yardım eder.
Kaan: Olur, sık sorulan sorular listesini de hazırlarım.
Selin: Süper. Bir şey daha: kampanya sayfasının tasarımı ne durumda, Ece?
Ece: Ajans ilk taslağı dün gönderdi. Ana görselde kırmızı ağırlıklı bir tema kullanmışlar, ama mobilde butonlar çok küçük kalıyor. Revize istedim, perşembe öğlene kadar ikinci versiyonu bekliyorum.
Selin: Mobil önemli, satışların yüzde yetmişi telefondan geliyor. Perşembe akşamı ben de bakarım, cuma sabah onaylayalım. Bir de kampanya kodlarını kim tanımlayacak?
Burak: Ben sistemde tanımlarım ama hangi ürünlerde ne kadar indirim olacağının listesi finanstan gelmeli.
Selin: Finansla ben konuşurum, listeyi pazartesiye kadar sana iletirim. Kodlar salıya hazır olsun.
Burak: Tamamdır.
Kaan: Bir de iade süresini kampanyada uzatacak mıyız? Geçen yıl 14 günden 30 güne çıkarmıştık, iade oranı çok artmamıştı.
Selin: Bu yıl da 30 gün yapalım, ürün sayfasına ve SSS'ye eklersin Kaan.
Selin: Tamam, şimdi gerçekten bitirdik. Herkese teşekkürler, kolay gelsin.

Bunun toplantı tutanağını çıkarır mısın: alınan kararlar, sorumlular ve tarihler. Madde madde, kısa olsun."""),
(1, "general_qa", "tr", "none", "none", None, """YKS'ye 4 ay kaldı, TYT matematik denemelerinde 18 net yapıyorum. 30 nete çıkmak için her gün ne çalışmalıyım? Dershaneye gitmiyorum."""),
(1, "open_qa", "tr", "none", "none", None, """Şahıs şirketi ile limited şirket arasındaki fark ne?"""),
(0, "classification", "tr", "before", "email", None, """Bu talebi doğru departmana yönlendir: Muhasebe, Bilgi İşlem, İnsan Kaynakları, İdari İşler.

"Merhaba, ekim ayı bordromda fazla mesai ücretim görünmüyor, ayrıca SGK kesintisi de normalden yüksek çıkmış. Kontrol edebilir misiniz?" """),
(0, "classification", "tr", "after", "verse", "S-tr-p02", """Avludaki dut ağacı
hâlâ susuyor,
annemin sesi gibi
serin bir gölge.
Ocağın külünde
kalmış bir umut:
biri dönecek
akşam inerken.

Bu şiirin duygusunu bir iki kelimeyle söyler misin?"""),
(1, "creative_writing", "tr", "after", "verse", "S-tr-p02", """Avludaki dut ağacı
hâlâ susuyor,
annemin sesi gibi
serin bir gölge.
Ocağın külünde
kalmış bir umut:
biri dönecek
akşam inerken.

Bunu köyümüzü düşünerek yazdım, belediyenin şiir yarışmasına göndereceğim. Aynı havada iki kıta daha ekler misin? Yıllar sonra eve dönen oğul olsun."""),
(0, "summarization", "tr", "none", "none", "S-tr-p03", """Kürk Mantolu Madonna'nın konusunu kısaca anlatır mısın, yarın edebiyat dersinde tartışacağız"""),
(1, "open_qa", "tr", "none", "none", "S-tr-p03", """Kürk Mantolu Madonna yıllar sonra neden birden en çok satanlar listesine girdi? Kısaca açıkla"""),
(0, "classification", "tr", "before", "list", None, """Bunlardan hangileri memeli: yunus, penguen, yarasa, köpek balığı, kirpi, timsah, balina?"""),
(0, "summarization", "tr", "before", "chat", None, """Aile grubunda 150 mesaj birikmiş, toplantıdaydım. Ne karar verilmiş, özetler misiniz 🙏

[19:02] Büyük dayı: Arkadaşlar, anneannenizin 75. yaş günü 14'ünde, pazar günü.
[19:05] Zeynep abla: Ay ne güzel! Nerede yapalım?
[19:06] Büyük dayı: Evde, bahçede çadır kurdururuz.
[19:10] Emre: Ben gelemiyorum, o gün Ankara'da KPSS sınavım var 😞
[19:11] Annem: Olsun oğlum, görüntülü ararsın.
[19:20] Zeynep abla: Yemeği kim yapacak? Catering mi?
[19:21] Yenge: Catering daha iyi, 60-70 kişi oluruz.
[19:25] Büyük dayı: Catering'i ben hallederim. Pasta ve süsleme Zeynep sende.
[19:26] Zeynep abla: Tamamdır ✅
[19:40] Annem: Hediyeyi ortak mı alalım? Altın bilezik düşünmüştük.
[19:42] Yenge: Evet, her aile 5000 TL koysun, dayınıza IBAN'dan atarız.
[19:45] Büyük dayı: Ayın 10'una kadar gönderin lütfen.
[20:10] Zeynep abla: Bu arada sürpriz, sakın anneanneye söylemeyin!"""),
(1, "creative_writing", "tr", "none", "none", None, """Eskişehir'de küçük bir kahve dükkânı açıyorum. Akılda kalıcı, biraz yerel havası olan 10 isim önerir misin?"""),
(1, "open_qa", "tr", "none", "none", None, """Kışın Erzurum'da günler neden kısa, yazın neden uzun? 8 yaşındaki bir çocuğun anlayacağı şekilde anlatır mısın?"""),
(1, "general_qa", "tr", "none", "none", None, """35 yaşındayım, Bursa'da bir tekstil firmasında 10 yıldır muhasebe yapıyorum. Maaşım 38 bin TL, evliyim, bir kızım var. Veri analizi alanına geçmek istiyorum ama hiç kodlama bilmiyorum. Bu yaşta mümkün mü? İşimi bırakmadan nasıl başlayabilirim, ne kadar sürer?"""),
(0, "classification", "tr", "before", "reviews", None, """Bu Trendyol yorumlarını "kalite", "kargo", "beden", "diğer" olarak ayır. Sadece numara ve kategori yaz:

1. Sipariş verdikten 9 gün sonra geldi, kargo takibi hiç güncellenmedi
2. L aldım ama M gibi duruyor, bir beden büyük alın
3. İlk yıkamada boyası çıktı
4. Satıcı yanına küçük bir hediye koymuş, çok hoş
5. Kumaşı kalın, dikişleri sağlam, bu fiyata harika
6. Kutu ezik geldi ama ürün sağlam çıktı"""),
(0, "summarization", "tr", "after", "email", "S-tr-p04", """Konu: YNT: YNT: Hammadde teslimat gecikmesi

Herkese merhaba,
SA-5521 numaralı sipariş hakkında bilgi: Tedarikçimiz "Anadolu Çelik" teslimatın 12 Mart yerine 26 Mart'ta yapılacağını bildirdi, sebep olarak da makine arızasını gösterdi. Bu yıl ikinci gecikme oluyor. Sözleşmede her gecikme günü için %0,1 ceza maddesi var ama geçen sefer de hiçbir şey ödemediler.
— Mert (Satın Alma)

Mert Bey,
Gebze'deki projemizde montaj 15 Mart'ta başlıyor. Malzeme 26'sında gelirse ekip yaklaşık iki hafta boş bekleyecek, sadece işçilik maliyeti 350 bin lira civarında. Başka tedarikçi var mı?
— Aslı (Projeler)

Aslı Hanım,
"Ege Metal"de stok var ama fiyatları yaklaşık %14 daha yüksek ve teslim almayı bizim yapmamız gerekiyor. Bugün akşama kadar teklif isteyeceğim.
— Mert

Mert Bey, teklifi isteyin, ceza maddesini de hukuk ekibine iletin.
— Aslı

Genel müdür için 3 maddelik bir özet hazırlar mısın?"""),
(1, "creative_writing", "tr", "after", "email", "S-tr-p04", """SA-5521 numaralı sipariş: Tedarikçimiz "Anadolu Çelik" teslimatın 12 Mart yerine 26 Mart'ta yapılacağını bildirdi, sebep makine arızası. Bu yıl ikinci gecikme. Sözleşmede her gecikme günü için %0,1 ceza maddesi var. Gebze'deki projemizde montaj 15 Mart'ta başlıyor.

Benim adıma (Mert, Satın Alma) tedarikçiye bir e-posta yazar mısın? Kibar ama net olsun, ceza maddesine atıf yapsın ve başka tedarikçiyle çalışmayı değerlendirdiğimizi ima etsin."""),
(1, "open_qa", "tr", "none", "none", None, """Merkez Bankası faizi artırınca konut kredisi faizleri neden hemen yükseliyor? Mevduat faizi de artıyor mu?"""),
(1, "creative_writing", "tr", "none", "none", None, """Yaklaşık 400 kelimelik kısa bir öykü yazar mısın: kasabanın eski halk kütüphanesinde yaşayan bir kedi, çocukken okuduğu bir kitabı arayan yaşlı bir kadına yardım ediyor. Sıcak ama biraz hüzünlü olsun, büyü falan olmasın."""),
(0, "classification", "tr", "before", "prose", None, """Bu hangi dil? "Mən səni çox sevirəm, sabah görüşərik" """),
(0, "summarization", "tr", "before", "code", None, """Bu kod değişikliğini 2-3 cümleyle açıklar mısın, sürüm notlarına ekleyeceğim:

--- a/fatura/hesap.py
+++ b/fatura/hesap.py
@@ def toplam_tutar(urunler, indirim=0):
-    toplam = sum(u.fiyat for u in urunler)
-    return toplam - indirim
+    toplam = sum(u.fiyat * u.adet for u in urunler)
+    # indirim sonrası tutar eksiye düşmemeli
+    toplam = max(toplam - indirim, 0)
+    # %20 KDV indirimden sonra uygulanır
+    return round(toplam * 1.20, 2)"""),
(1, "general_qa", "tr", "none", "none", None, """Pasaportumun süresi 2 ay sonra doluyor. e-Devlet'ten randevu nasıl alınıyor, hangi belgeleri götürmem lazım?"""),
(1, "open_qa", "tr", "none", "none", None, """Hititler sonra nereye gitti, ne oldu onlara?"""),
(0, "classification", "tr", "before", "chat", None, """Valorant takımımızın Discord'unda moderatörlük yapıyorum. Hangi mesajlar toksik, evet/hayır şeklinde söyler misin:

1) gg, bir sonrakinde alırız kanka
2) sen gerçekten çok kötüsün, oyunu sil
3) sniper'ı alabilecek var mı? ben destek olurum
4) bir daha ölürsen hesabını şikâyet ederim, işe yaramaz herif
5) kaybettik ama eğlenceliydi, yarın yine oynarız"""),
(0, "summarization", "tr", "after", "prose", None, """Meteoroloji Genel Müdürlüğü, Karadeniz'in doğusu için turuncu kodlu uyarı yaptı. Yapılan açıklamaya göre yarın öğle saatlerinden itibaren Trabzon, Rize ve Artvin çevrelerinde kuvvetli, yer yer çok kuvvetli sağanak yağış bekleniyor. Yağış miktarının bazı bölgelerde 24 saatte metrekareye 100 kilogramı aşabileceği belirtildi. Uzmanlar, özellikle dere yataklarında ani sel ve taşkınlara, dik yamaçlarda da heyelanlara karşı dikkatli olunması gerektiği uyarısında bulundu.

Rize Valiliği, olası bir afete karşı AFAD, jandarma, belediye ekipleri ve Karayolları'nın teyakkuz halinde olduğunu açıkladı. Yaylalara çıkan vatandaşların önümüzdeki üç gün boyunca yayla yollarını kullanmamaları, mümkünse köylerine dönmeleri istendi. Çay hasadının sürdüğü bölgede, tarlada çalışan işçilerin yağış başladığında derhal güvenli alanlara geçmeleri gerektiği hatırlatıldı. Valilik, dere kenarlarına araç park edilmemesi ve köprülerin üzerinde beklenmemesi çağrısında bulundu.

Trabzon'da okullar yarın öğleden sonra tatil edildi. Artvin'de ise Hopa ve Arhavi ilçelerinde okullar iki gün süreyle kapalı olacak. Karadeniz Sahil Yolu'nun bazı kesimlerinde trafiğin kontrollü olarak sağlanacağı, gerekirse yolların geçici olarak kapatılabileceği bildirildi. Trabzon Havalimanı'nda uçuşların şimdilik normal seyrettiği, ancak yolcuların havayolu şirketlerinin açıklamalarını takip etmeleri önerildi.

Elektrik dağıtım şirketi, fırtına ve yağış nedeniyle bazı köylerde kesintiler yaşanabileceğini, arıza ekiplerinin bölgeye sevk edildiğini duyurdu. Vatandaşlardan cep telefonlarını ve powerbank'lerini şarjlı tutmaları, el feneri, pil, içme suyu ve birkaç günlük kuru gıda bulundurmaları istendi. Hastanelerin jeneratör ve yakıt stoklarını kontrol etmeleri talimatı verildi.

Geçen yıl aynı dönemde bölgede yaşanan sel felaketinde onlarca ev ve iş yeri zarar görmüş, bazı köy yolları haftalarca kapalı kalmıştı. O dönemde zarar gören esnafın bir kısmı, devlet desteğinin geç ulaştığından ve hasar tespitinin aylarca sürdüğünden şikâyet etmişti. Bu yıl valilik, olası bir hasarda tespit ekiplerinin ilk 48 saat içinde sahaya çıkacağını taahhüt etti. Yerel halk, dere yataklarına yapılan yapılaşmanın sel riskini artırdığını uzun süredir dile getiriyor. Çevre örgütleri de bu konuda acil önlem alınması çağrısını yineledi.

Meteoroloji, yağışların hafta sonuna doğru etkisini kaybetmesini, ancak hafta ortasına kadar aralıklarla sürmesini bekliyor. Tarım il müdürlükleri, çay üreticilerinin hasat edilmiş yaş çayı kapalı alanlarda bekletmemesi ve alım noktalarındaki yoğunluk nedeniyle randevu sistemine uyması gerektiğini açıkladı. Fındık bahçelerinde de toprak kayması riski bulunduğundan, eğimli arazilerde çalışan üreticilerin yağış süresince bahçelere girmemesi istendi. Hayvanlarını yaylada otlatan besicilerin de hayvanlarını dere kenarlarından uzak, yüksek alanlara taşımaları önerildi. Kızılay, bölgedeki depolarında battaniye, çadır ve gıda kolisi hazır bulundurduğunu, ihtiyaç halinde bunların kısa sürede dağıtılabileceğini duyurdu. Bazı belediyeler de spor salonlarını geçici barınma alanı olarak hazırladı.

Acil durumlarda 112 Acil Çağrı Merkezi'nin aranması gerektiği hatırlatıldı. AFAD'ın mobil uygulaması üzerinden de anlık uyarılar takip edilebiliyor.

Bu haberi işyerinin WhatsApp grubuna atmak için kısa bir paragrafa indirir misin? Sadece önemli bilgiler."""),
(1, "creative_writing", "tr", "none", "none", None, """Küçük kardeşimin düğününde konuşma yapacağım. Kardeşim mühendis, eşi doktor, nüfus müdürlüğündeki kuyrukta tanışmışlar (gerçekten). İki dakikalık, esprili ama sonunda anne babama teşekkür eden duygusal bir konuşma yazar mısın?"""),
(0, "classification", "tr", "before", "reviews", "S-tr-p05", """Bu otel yorumlarını iyi ve kötü diye ikiye ayır:

• Odadan deniz görünüyor, kahvaltı çok zengindi
• Gece 1'e kadar havuz başında müzik, çocuklar uyuyamadı
• Resepsiyon soğuk davrandı, odayı ancak 15.00'ten sonra verdiler
• Plaja iki dakika yürüme mesafesi
• Çocuk havuzu küçük ama çocuklar bayıldı
• Klima çok ses yapıyordu, oda değişikliği istedik, vermediler"""),
(1, "general_qa", "tr", "after", "reviews", "S-tr-p05", """• Odadan deniz görünüyor, kahvaltı çok zengindi
• Gece 1'e kadar havuz başında müzik, çocuklar uyuyamadı
• Resepsiyon soğuk davrandı, odayı ancak 15.00'ten sonra verdiler
• Plaja iki dakika yürüme mesafesi
• Çocuk havuzu küçük ama çocuklar bayıldı
• Klima çok ses yapıyordu, oda değişikliği istedik, vermediler

Bunlar Marmaris'teki bir otelin yorumları. Temmuzda 4 ve 8 yaşındaki çocuklarımızla gideceğiz. Sizce rezervasyon yapalım mı, yoksa başka yere mi bakalım? Yaparsak otelden ne talep etmeliyiz?"""),
(1, "open_qa", "tr", "none", "none", None, """Türkiye'de prizler neden iki yuvarlak delikli? İngiltere'dekiler neden farklı?"""),
(1, "general_qa", "tr", "none", "none", None, """Bayram tatilinde okumak için birkaç kitap önerir misiniz? Orhan Pamuk ve Elif Şafak seviyorum ama bu sefer daha hafif bir şey istiyorum"""),
(0, "summarization", "tr", "before", "notes", None, """Ders notlarımı 5 maddeye indirir misin:

- Tanzimat Fermanı (1839): can, mal, namus güvencesi; vergide adalet
- Amaç: Avrupa devletlerinin desteğini almak, isyanları önlemek
- Islahat Fermanı (1856): gayrimüslimlere eşit haklar, yabancı baskısı etkili
- Kanun-i Esasi (1876): ilk anayasa, Meclis-i Mebusan açıldı
- II. Abdülhamid meclisi 1878'de kapattı, 1908'de II. Meşrutiyet
- Tarihçiler tartışıyor: gerçek reform mu, dış baskıya verilen cevap mı"""),
(0, "classification", "tr", "before", "list", None, """Sebze, meyve ve tahıl olarak ayır: pırasa, bulgur, ayva, arpa, bamya, dut, yulaf, kereviz"""),
(1, "creative_writing", "tr", "none", "none", None, """Evden çalışmakla ilgili 4-5 tane komik mani yazar mısın"""),
(1, "open_qa", "tr", "after", "notes", None, """İki haftadır sabahları parmaklarım tutuk oluyor, öğlene doğru açılıyor. Merdiven çıkarken dizlerim de ağrıyor. 44 yaşında bir kadınım.

Bu neyden kaynaklanıyor olabilir? Ortopediye mi gideyim, romatolojiye mi?"""),
(0, "classification", "tr", "inline", "chat", None, """Sistem: Sen bir internet servis sağlayıcısının çağrı sınıflandırma botusun. Müşteriye cevap verme, sadece kategori yaz: "İnternet yok", "Hız düşük", "Fatura", "Yeni abonelik", "Diğer".

Müşteri: Dün akşamdan beri internet var gibi ama YouTube sürekli donuyor, hız testinde 4 Mbps çıkıyor, paketim 100 Mbps.

Kategori:"""),
(0, "summarization", "tr", "before", "story", "S-tr-p06", """Bunu üç cümleye indirir misin:

Yirmi yıl sonra köye döndüğünde Nermin, evi hatırladığından çok daha küçük buldu. Sundurmanın tahtaları yer yer kalkmış, bahçedeki ceviz ağacı pencereye kadar uzanmıştı; kilerde eski gazete ve fare kokusu vardı. Kapının önündeki asma kurumuştu, sadece bir iki dalında yaprak kalmıştı. Komşu Hatice teyze onu önce tanımadı, tanıyınca da uzun uzun ağladı: "Annen son güne kadar yolunu gözledi." Nermin üç gün boyunca dolapları boşalttı. En alttaki çekmecede ilkokul defterlerini ve yurttan yazdığı bütün mektupları buldu. Sadece "Bu bayram da gelemiyorum" yazan kartpostalları bile annesi lastikle bağlayıp saklamıştı. Son gece Nermin sundurmada oturdu, telefonunu ters çevirdi ve uzun süre cırcır böceklerini dinledi. Evi satmamaya karar verdi. Sabah otobüse binmeden önce Hatice teyzeye anahtarın bir kopyasını bıraktı ve bahara yeniden geleceğini söyledi."""),
(1, "creative_writing", "tr", "before", "story", "S-tr-p06", """Bu öykünün devamını yazar mısın? Bir yıl sonra Nermin'in hayatı, 300 kelime civarında:

Yirmi yıl sonra köye döndüğünde Nermin, evi hatırladığından çok daha küçük buldu. En alttaki çekmecede ilkokul defterlerini ve yurttan yazdığı bütün mektupları buldu. Son gece sundurmada oturdu ve evi satmamaya karar verdi."""),
(1, "open_qa", "tr", "none", "none", None, """Türkiye'de saat öğlen 12 iken Londra'da ve New York'ta saat kaç? Biz neden yaz saati uygulamasını bıraktık?"""),
(1, "general_qa", "tr", "none", "none", None, """Ekimde annemle babamı 5 günlüğüne Kapadokya'ya götürmek istiyorum. Göreme mi, Ürgüp mü, Uçhisar mı? Babamın dizleri ağrıyor, çok yürütmek istemiyorum."""),
(0, "classification", "tr", "before", "list", None, """Hangisi farklı: Nazım Hikmet, Orhan Veli, Cemal Süreya, Barış Manço, Attilâ İlhan"""),
(0, "summarization", "tr", "after", "table", None, """Ay | Ciro (bin TL) | Sipariş | Ortalama sepet (TL)
Ocak | 1.240 | 3.100 | 400
Şubat | 1.080 | 2.700 | 400
Mart | 1.530 | 3.400 | 450
Nisan | 1.610 | 3.350 | 481
Mayıs | 1.420 | 2.900 | 490

Bu tabloya göre satışlarda nasıl bir eğilim var, iki cümleyle anlatır mısın?"""),
(0, "classification", "tr", "before", "list", None, """Bir dijital cüzdan uygulamasının destek taleplerini sınıflandırıyorsun. Kategoriler: PARA TRANSFERİ, KART, KİMLİK DOĞRULAMA, KAMPANYA, DOLANDIRICILIK, KREDİ, DİĞER. Her numaranın yanına sadece kategoriyi yaz, açıklama yapma.

1. Kardeşime 2.000 TL gönderdim, hesabımdan düştü ama ona geçmedi.
2. Kimlik doğrulama için fotoğraf yükledim, üç gündür "inceleniyor" yazıyor.
3. Bankadan arıyoruz diyen biri SMS kodunu istedi, verdim, şimdi bakiyem sıfır.
4. Fatura ödemesinde 50 TL iade kampanyası vardı, hâlâ yansımadı.
5. Sanal kartımın son kullanma tarihi geçmiş, yenisini nasıl alırım?
6. İhtiyaç kredisi teklifi görünüyor, faiz oranı kaç?
7. Uygulama güncellemeden sonra sürekli kapanıyor.
8. Yanlış IBAN'a para gönderdim, geri alabilir miyim?
9. Adıma benim almadığım bir kredi çekilmiş, mesaj geldi.
10. Kimliğimdeki soyadım evlilikten sonra değişti, doğrulama reddedildi.
11. Arkadaşını davet et kampanyasının bonusu ne zaman yatar?
12. Kartımla yurt dışı alışveriş yapamıyorum, işlem reddediliyor.
13. Şifremi unuttum, kayıtlı telefon numaram da artık kullanılmıyor.
14. Kredi taksitim iki kere çekilmiş.
15. "Hesabınız askıya alındı, hemen bu linke tıklayın" diye mesaj geldi, gerçek mi?
16. Karekodla dükkâna ödeme yaptım, param çekildi, satıcıya geçmedi.
17. Cashback puanlarım neden silindi?
18. Aylık transfer limitimi nasıl artırabilirim?
19. Müşteri hizmetlerine bir türlü ulaşamıyorum.
20. Krediyi erken kapatmak istiyorum, erken ödeme cezası var mı?
21. İnternette ikinci el telefon satarken alıcı "kodu söyle, parayı göndereyim" dedi, kodu söyledim.
22. Görüntülü kimlik doğrulama için randevu bulamıyorum.
23. Elektrik faturasını ödedim, para çekildi ama fatura ödenmemiş görünüyor.
24. Fiziksel kartım kargoda kayboldu, yeni kart ücretli mi?
25. Hesabım habersizce kapatılmış.
26. Doğal gaz faturasında 100 TL indirim kampanyası ne zamana kadar geçerli?
27. Biri kendini savcı olarak tanıttı ve paramı "güvenli hesaba" aktarmamı istedi.
28. 15 yaşındaki oğluma hesap açabilir miyim?
29. Kredi başvurum reddedildi, kredi notum 1600 olmasına rağmen neden?
30. İstanbulkart'a yükleme yaptım, param çekildi ama karta yüklenmedi.
31. Kartımı telefonuma ekleyip temassız ödeme yapmak istiyorum ama "kart eklenemedi" hatası alıyorum.
32. Şubedeki Ayşe Hanım'a çok teşekkür ederim, sorunumu hemen çözdü.
33. Yurt dışındaki kızıma para göndermek istiyorum, hangi ülkelere transfer yapılabiliyor?
34. Kampanyada "ilk yüklemeye 100 TL hediye" yazıyordu, yükledim ama hediye gelmedi.
35. Telefonum çalındı, uygulamaya başkası girebilir mi, hesabımı nasıl dondururum?
36. Kredi kartı borcumu yapılandırmak istiyorum, taksitlendirme mümkün mü?
37. Instagram'da "yatırım yap, paranı ikiye katla" diyen bir hesaba para gönderdim, şimdi cevap vermiyorlar.
38. Yeni telefonumda yüz tanıma ile giriş yapamıyorum, sadece şifre soruyor.
39. Uygulamanın dilini İngilizceye çevirmek istiyorum, ayar nerede?
40. Ön ödemeli kartımın limitini aştım, fazla harcama nasıl mümkün oldu anlamadım."""),
(0, "summarization", "tr", "after", "prose", None, """Köşe yazısı: "Kiracı da ev sahibi de yorgun"

Geçen hafta bir okurumdan uzun bir e-posta aldım. Ankara'da on iki yıldır aynı evde kiracı olarak oturan bir emekli öğretmen. Ev sahibi, yasal sınır kalktıktan sonra kiraya yüzde yüz elli zam istemiş; kabul etmezse tahliye davası açacağını söylemiş. Okurum, "Bu yaştan sonra nereye giderim?" diye soruyordu. Aynı gün başka bir okurumdan da mektup geldi: İzmir'de tek dairesini kiraya veren, emekli maaşıyla geçinen bir ev sahibi. Kiracısı üç yıldır piyasanın çok altında bir kira ödüyormuş, aidatı bile karşılamıyormuş; evi satmak istese de kiracı çıkmıyormuş. O da "Ben neden cezalandırılıyorum?" diye soruyordu.

Bu iki mektup bana, konut meselesinde kimsenin kazanmadığı bir noktaya geldiğimizi düşündürdü. Son yıllarda kiralar, özellikle büyük şehirlerde, maaşlardan kat kat hızlı arttı. Geçici olarak getirilen yüzde yirmi beşlik zam sınırı, enflasyonun çok altında kaldığı için ev sahipleriyle kiracılar arasında ciddi bir gerilime yol açtı. Sulh hukuk mahkemeleri kira davalarıyla doldu, arabuluculuk zorunlu hale getirildi, ama taraflar çoğu zaman masadan anlaşamadan kalktı.

Sorunun kökü aslında basit: yeterince konut yok. Depremden sonra yüz binlerce kişinin başka şehirlere göç etmesi, üniversite öğrencilerinin yurt bulamaması, inşaat maliyetlerinin artması ve faizlerin yükselmesiyle konut kredisinin neredeyse imkânsız hale gelmesi, talebi arzın çok üzerine çıkardı. Konut bir yatırım aracına dönüştükçe, barınma hakkı geri plana düştü.

Ne yapılabilir? Birincisi, kamu eliyle uzun vadeli ve uygun fiyatlı kiralık konut üretimi şart. Avrupa'nın birçok şehrinde belediyelerin sahip olduğu sosyal konutlar, kira piyasasını dengeleyen önemli bir unsur. İkincisi, kira artışlarında tarafları öngörülebilir bir sisteme bağlamak gerekiyor; ne ev sahibini ezecek kadar düşük, ne kiracıyı sokağa atacak kadar yüksek. Enflasyona endeksli ama bölgeye göre üst sınırı olan bir model tartışılabilir. Üçüncüsü, boş duran konutlar için teşvik ve vergi düzenlemeleri: Büyükşehirlerde yüz binlerce konutun yatırım amacıyla boş beklediği tahmin ediliyor.

Bir de öğrencileri unutmamak gerekiyor. Bu yıl birçok büyükşehirde üniversiteye yeni başlayan gençler, yurtlarda yer bulamadıkları için ya ailelerinin yanından saatlerce yol gidiyor ya da dört beş kişi bir araya gelip tek bir daireyi paylaşıyor. Bazı aileler çocuklarını kabul aldığı şehirdeki okula göndermekten vazgeçiyor. Bu, yalnızca bir konut sorunu değil, fırsat eşitliği sorunu.

Son olarak, birbirimize düşman gibi bakmayı bırakmamız gerekiyor. Emekli öğretmen de emekli ev sahibi de aynı ekonomik fırtınanın içinde. Asıl soru, devletin bu fırtınada kimi koruyacağı ve nasıl bir denge kuracağı. Bu soruya ne kadar geç cevap verirsek, mahkeme koridorlarındaki kuyruk o kadar uzayacak. Ve o kuyrukta bekleyenler, çoğu zaman ne zengin ev sahipleri ne de varlıklı kiracılar olacak; tıpkı bana yazan iki emekli gibi, sıradan insanlar olacak.

Bu yazıyı 4-5 cümlelik bir özete dönüştürür müsün? Gazetenin bülteninde kullanacağım."""),
(1, "general_qa", "tr", "after", "prose", None, """Çok kararsızım, fikirlerinizi almak istiyorum.

28 yaşındayım, sınıf öğretmeniyim. İlk atamam Hatay'ın bir köyüne çıktı, üç yıldır oradayım. Depremden sonra okulumuz konteynere taşındı, şimdi yeni bina yapıldı. Öğrencilerimle aram çok iyi, veliler de bana çok güveniyor. Özellikle depremde ailesinden birini kaybeden birkaç öğrencim var, onlarla ayrı bir bağ kurdum. Bu yıl ilk kez tayin için yeterli puanım oldu ve İzmir'e, ailemin yanına tayin isteme şansım var.

Ailem çok istiyor. Annem kalp hastası, babam geçen yıl emekli oldu, kız kardeşim üniversitede. Ben burada tek başıma yaşıyorum; kira ucuz ama sosyal hayat neredeyse yok. Hafta sonları ilçeye iniyorum, o kadar. Üç yıldır sevgilim de İzmir'de, uzak mesafe ilişki yürütüyoruz ve o artık evlenmek istiyor. Benim İzmir'e gitmemi bekliyor, kendisi oraya taşınamaz çünkü kendi işi var.

Öte yandan, öğrencilerimi bırakıp gitmek bana ihanet gibi geliyor. Okulda deneyimli öğretmen zaten az, her yıl yeni atananlar geliyor ve çoğu ilk fırsatta gidiyor. Müdürümüz "sen gidersen bu sınıfa yine yeni bir öğretmen gelecek, çocuklar yine alışmak zorunda kalacak" dedi. Bu beni çok etkiledi. Dördüncü sınıftaki öğrencilerimi mezun etmeden ayrılmak istemiyorum ama bu yıl gitmezsem, gelecek yıl puanımın yeteceğinin garantisi yok.

Bir de maddi konu var. İzmir'de kiralar burada olanın dört katı. Maaşımla tek başıma ev tutamam, ailemin yanında kalmam gerekir; bu da bağımsızlığımı kaybetmek demek. Evlenirsek de ev bulmak ciddi bir sorun olacak.

Bir de şunu eklemeliyim: Depremde ben de çok korktum. O gece konteynerde sabahladık, aylarca her küçük sarsıntıda uyandım. Şimdi daha iyiyim ama bazen hâlâ gece yarısı kalbim çarparak uyanıyorum. Rehberlik servisindeki arkadaşım bunun travma sonrası stresin hafif bir hali olabileceğini, bir uzmana görünmemi söyledi. Ailem bunu duyunca "bir an önce oradan çık" demeye başladı. Ben ise buradan gidersem bu duyguyla hiç yüzleşmeden kaçmış gibi olacağımı düşünüyorum.

Okulda bir de proje başlattık: depremzede çocuklar için haftada iki gün resim ve müzik atölyesi. Bir sivil toplum kuruluşu destek veriyor, ama yürütücü öğretmen benim. Ben ayrılırsam projenin sürüp sürmeyeceği belli değil.

Arkadaşlarım ikiye bölündü: bir kısmı "kendi hayatını düşün, zaten fedakârlık ettin" diyor, bir kısmı "bu çocuklar seni hiç unutmayacak, biraz daha kal" diyor. Ben ise her gece düşünüyorum ve karar veremiyorum. Tayin başvurusu için iki haftam var. Bu süre içinde müdürümle, ailemle ve sevgilimle ayrı ayrı konuşmam gerekiyor ama kimseyi kırmadan bunu nasıl yapacağımı bilmiyorum.

Bu kararı neye göre vermeliyim? Ara bir çözüm var mı, örneğin bir yıl daha kalıp sonra başvurmak ya da İzmir'de farklı bir yol bulmak? Sevgilimle ve ailemle bu konuyu kavga etmeden nasıl konuşabilirim?"""),
(0, "summarization", "tr", "after", "prose", "S-tr-p07", """SGK Duyurusu: 2025 yılı itibarıyla emeklilik başvurularında yeni düzenleme. Emeklilik başvuruları artık yalnızca e-Devlet üzerinden veya SGK il/merkez müdürlüklerinden randevu alınarak yapılabilecek. Başvuru sırasında hizmet dökümü otomatik olarak sistemden çekilecek; ancak yurt dışında geçen çalışma süreleri veya askerlik borçlanması olanların ilgili belgeleri ayrıca yüklemesi gerekecek. Başvurunun sonuçlanma süresi ortalama 30 gün olarak belirlenmiştir. Başvuru durumu e-Devlet üzerinden takip edilebilecek, sonuç ayrıca SMS ile bildirilecektir. Emekli aylığı, başvurunun yapıldığı tarihi takip eden aybaşından itibaren bağlanacaktır. Çalışırken emekli olmak isteyenlerin, emeklilik sonrası çalışmaya devam etmeleri durumunda sosyal güvenlik destek primi kesintisi yapılacaktır. Eksik belge nedeniyle iade edilen başvuruların yeniden değerlendirilmesi 15 iş günü içinde yapılacaktır. Başvuru öncesinde e-Devlet'teki "Emeklilik Tarihi Hesaplama" hizmetinden yaş, prim günü ve sigortalılık süresi şartlarının sağlanıp sağlanmadığının kontrol edilmesi önerilmektedir.

Bunu 3 maddede özetle, yorum katma."""),
(1, "general_qa", "tr", "after", "prose", "S-tr-p07", """SGK Duyurusu: Emeklilik başvuruları artık yalnızca e-Devlet üzerinden veya SGK müdürlüklerinden randevu alınarak yapılabilecek. Yurt dışında geçen çalışma süreleri veya askerlik borçlanması olanların ilgili belgeleri ayrıca yüklemesi gerekecek. Çalışırken emekli olmak isteyenlerin sosyal güvenlik destek primi kesintisine tabi olacağı hatırlatılmıştır.

Babam 58 yaşında, 1989'dan beri sigortalı ama 1996-2001 arası Almanya'da çalışmış, askerliğini de borçlanmadı. Şu an hâlâ çalışıyor. Emekli olmak için önce ne yapmalı, yurt dışı borçlanması mı yoksa askerlik borçlanması mı mantıklı? Çalışmaya devam ederse kaybı olur mu?"""),
(0, "summarization", "tr", "after", "prose", "S-tr-p08", """Mercimek çorbası (6 kişilik): Bir su bardağı kırmızı mercimeği bol suda yıkayın. Tencerede iki yemek kaşığı tereyağını eritin, bir adet doğranmış soğanı ve bir havucu kavurun. Bir yemek kaşığı un ekleyip kokusu çıkana kadar karıştırın, ardından bir tatlı kaşığı domates salçası ilave edin. Mercimeği ekleyin, üzerine altı su bardağı sıcak su veya et suyu dökün. Kısık ateşte, mercimekler iyice dağılana kadar yaklaşık 30 dakika pişirin. Blenderdan geçirin, kıvamı koyu olursa biraz sıcak su ekleyin. Tuz, karabiber ve kimyon ile tatlandırın. Servis ederken ayrı bir tavada kızdırılmış tereyağına pul biber ekleyip çorbanın üzerine gezdirin, yanına limon koyun. İsterseniz yanında kızarmış ekmek küpleriyle ya da biraz kuru nane serperek de sunabilirsiniz; çorba ertesi gün koyulaşırsa ısıtırken bir miktar su eklemek yeterli olur.

Bunu buzdolabına asmak için kısa, adım adım bir listeye çevirir misin?"""),
(1, "open_qa", "tr", "after", "prose", "S-tr-p08", """Mercimek çorbası: Tereyağında soğan ve havucu kavurun. Bir yemek kaşığı un ve bir tatlı kaşığı salça ekleyin. Mercimeği ve altı su bardağı suyu ekleyip kısık ateşte 30 dakika pişirin. Blenderdan geçirin.

Bu tarifi birebir uyguluyorum ama çorbam hep hafif acımsı oluyor ve üstünde köpük kalıyor. Bunun sebebi ne? Mercimekte mi, unda mı, yoksa pişirme şeklinde mi sorun var?"""),
(0, "classification", "tr", "before", "reviews", "S-tr-p09", """Bu diş kliniği yorumlarını "iyi", "kötü" ya da "karışık" diye etiketler misin?

1. "İki dolgu yaptırdım, uyuşturma hiç acıtmadı, doktor her şeyi tek tek anlattı. Tavsiye ederim."
2. "Saat 10'a randevum vardı, 11.15'te alındım. Tedavi fena değildi ama kimse özür bile dilemedi."
3. "Yaptırdığım dolgu bir haftada düştü, yenilemek için tekrar para istediler. Bir daha gitmem."
4. "Fiyatlar biraz yüksek ama klinik tertemiz, cihazlar yeni, sekreter hanım çok güler yüzlü."
5. "6 yaşındaki oğlum hiç ağlamadı! Doktor onunla astronotçuluk oynadı, çok teşekkürler." """),
(1, "creative_writing", "tr", "before", "reviews", "S-tr-p09", """Kliniğin başhekimi adına şu yoruma bir cevap yazar mısın? Bahane üretmeden, samimi bir özürle ve somut bir çözüm önerisiyle:

"Yaptırdığım dolgu bir haftada düştü, yenilemek için tekrar para istediler. Bir daha gitmem." """),
(0, "summarization", "tr", "before", "prose", "S-tr-p10", """Aşağıdaki paragrafa göre Mevlânâ'nın düşüncesinin temel noktalarını madde madde yazar mısın?

Mevlânâ Celâleddîn-i Rûmî, 1207'de bugünkü Afganistan sınırları içindeki Belh'te doğdu ve ailesiyle birlikte uzun bir yolculuğun ardından Konya'ya yerleşti. Babası gibi bir din âlimi olarak yetişti, ancak 1244'te gezgin derviş Şems-i Tebrîzî ile karşılaşması hayatını derinden değiştirdi. Bu dostluktan sonra Mevlânâ, ilmin ötesinde sevgiyi ve ilahi aşkı merkeze alan bir anlayış geliştirdi. Ona göre insan, kaynağından ayrılmış bir ney gibidir ve hayat boyu o kaynağa dönmenin özlemini çeker. Mesnevî'de hikâyeler ve benzetmelerle, hoşgörü, alçakgönüllülük, nefsi terbiye etme ve insanları dinleri ya da kökenleri yüzünden ayırmama gibi fikirleri işledi. "Gel, ne olursan ol yine gel" sözü ona atfedilse de bu sözün Mevlânâ'ya ait olup olmadığı tartışmalıdır. Ölümünden sonra oğlu Sultan Veled, Mevlevîlik tarikatını kurumsallaştırdı; sema töreni de bu geleneğin en bilinen unsuru haline geldi."""),
(1, "open_qa", "tr", "none", "none", "S-tr-p10", """Mevlânâ'nın düşüncesinin temel noktalarını madde madde yazar mısın? Bir de Yunus Emre'den farkı ne?"""),
(0, "classification", "tr", "before", "prose", "S-tr-p11", """Bu ilan yeni mezun, orta seviye ya da kıdemli seviye için mi?

"İzmir ofisimiz için Dijital Pazarlama Uzmanı arıyoruz. Görevler: sosyal medya kampanyalarını yönetmek, Google Ads hesaplarını optimize etmek, aylık performans raporları hazırlamak. Aranan nitelikler: 1-2 yıl deneyim, Google Ads ve Meta Business Suite bilgisi, iyi derecede Türkçe ve İngilizce yazım becerisi. Tercih sebebi: SEO bilgisi. Haftada bir gün uzaktan çalışma, ilk üç ay oryantasyon programı." """),
(1, "general_qa", "tr", "after", "prose", "S-tr-p11", """"İzmir ofisimiz için Dijital Pazarlama Uzmanı arıyoruz. Görevler: sosyal medya kampanyalarını yönetmek, Google Ads hesaplarını optimize etmek, aylık performans raporları hazırlamak. Aranan nitelikler: 1-2 yıl deneyim, Google Ads ve Meta Business Suite bilgisi. İlk üç ay oryantasyon programı."

İşletme mezunuyum, bir yıldır amcamın tatlıcı dükkânının Instagram hesabını yönetiyorum: takipçi 800'den 6.000'e çıktı, online siparişler başladı. Kurumsal iş deneyimim yok. Başvurmalı mıyım? Bu işi CV'de nasıl anlatırsam ciddiye alınırım?"""),
(0, "summarization", "tr", "after", "chat", "S-tr-p12", """Ev sahibimle WhatsApp yazışmam:

Ev sahibi: Merhaba, önümüzdeki aydan itibaren kirayı 5.000 TL artırıyorum, her şey pahalandı.
Ben: Merhaba, ama sözleşmemiz bir yıllık, eylülde bitiyor.
Ev sahibi: Sözleşme sözleşme ama aidat da arttı. Beğenmiyorsanız çıkın.
Ben: Sözleşmede süre boyunca kira sabit diye yazıyor. Eylülde yenilerken konuşabiliriz.
Ev sahibi: O zaman eylülde yenilemem. Bir de bozulan kombiyi kendiniz yaptırın.
Ben: Kombi evle birlikte verildi, 12 yaşında. Sözleşmeye göre demirbaş tamiri sizde.
Ev sahibi: Bakarız.

Avukat arkadaşıma göndereceğim, anlaşmazlığı iki cümleyle özetler misin?"""),
(1, "general_qa", "tr", "after", "chat", "S-tr-p12", """Ev sahibimle WhatsApp yazışmam:

Ev sahibi: Önümüzdeki aydan itibaren kirayı 5.000 TL artırıyorum, her şey pahalandı.
Ben: Sözleşmede süre boyunca kira sabit diye yazıyor. Eylülde yenilerken konuşabiliriz.
Ev sahibi: O zaman eylülde yenilemem. Bir de bozulan kombiyi kendiniz yaptırın.

Şimdi ne yapmalıyım? Eski kirayı ödemeye devam edip bekleyeyim mi, yoksa şimdiden ev mi bakayım? Kızımın okulu çok yakın, dönem ortasında taşınmak istemiyorum. Kış da geliyor, kombiyi kendim mi yaptırayım?"""),
(0, "summarization", "tr", "after", "notes", "S-tr-p13", """"Efsane Arena" 14.2 yama notları:
- Şampiyon "Kızılkurt": Q yeteneğinin hasarı 80'den 70'e düşürüldü, bekleme süresi 8'den 7 saniyeye indi
- Şampiyon "Sis Cadısı": zırh +5, ultisine 2 saniyelik yavaşlatma eklendi
- Eşya "Kan Kılıcı": fiyatı 3.100'den 3.300 altına çıktı
- Orman kampları 15 saniye daha erken doğuyor
- Dereceli modda Elmas'tan Ustalık'a geçiş için gereken puan azaltıldı
- Bazı cihazlarda oyun açılırken yaşanan donma sorunu giderildi

Bu yamada en önemli değişiklikler neler, 3 satırda"""),
(1, "general_qa", "tr", "after", "notes", "S-tr-p13", """"Efsane Arena" 14.2 yama notları:
- Şampiyon "Kızılkurt": Q yeteneğinin hasarı 80'den 70'e düşürüldü, bekleme süresi 8'den 7 saniyeye indi
- Şampiyon "Sis Cadısı": zırh +5, ultisine 2 saniyelik yavaşlatma eklendi
- Eşya "Kan Kılıcı": fiyatı 3.100'den 3.300 altına çıktı

Ormanda Kızılkurt oynuyorum, Altın 2'deyim. Bu yamadan sonra Kızılkurt'a devam etmeli miyim yoksa başka birine mi geçmeliyim? Eşya dizilimimi nasıl değiştireyim?"""),
(0, "summarization", "tr", "after", "prose", None, """Trendyol Süper Lig'in 24. haftasında Galatasaray, deplasmanda Trabzonspor'u 2-1 yendi. İlk yarıda ev sahibi takım, 27. dakikada kornerden gelen kafa golüyle öne geçti ve devreyi önde kapadı. İkinci yarıda oyunun kontrolünü ele alan sarı-kırmızılılar, 63. dakikada sağ kanattan gelen ortada kale önünde boşta kalan forvetiyle skoru eşitledi. Maçın son dakikalarına doğru Trabzonspor'un bir oyuncusu ikinci sarı karttan kırmızı görünce, Galatasaray baskıyı artırdı ve 88. dakikada ceza sahası dışından atılan şutla galibiyet golünü buldu. Bu sonuçla Galatasaray puanını 58'e çıkararak liderliğini sürdürdü, Trabzonspor ise 40 puanda kaldı. Trabzonspor teknik direktörü maç sonunda hakem kararlarını eleştirirken, "Oyunun büyük bölümünde iyiydik ama on kişi kalınca dengemiz bozuldu" dedi. Galatasaray'ın teknik direktörü ise takımının ikinci yarıdaki oyunundan memnun olduğunu, ancak ilk yarıda savunmada ciddi hatalar yapıldığını söyledi.

Bu maç özetini arkadaş grubuna atmak için iki cümleye indir."""),
(0, "summarization", "tr", "after", "prose", None, """Büyükşehir Belediye Meclisi, toplu taşıma ücretlerine yüzde 30 zam yapılmasını oy çokluğuyla kabul etti. Yeni tarife 1 Şubat'tan itibaren geçerli olacak. Buna göre tam bilet 20 TL'den 26 TL'ye, öğrenci bileti 10 TL'den 13 TL'ye yükselecek. 65 yaş üstü vatandaşlar, engelliler ve gaziler için ücretsiz ulaşım uygulaması devam edecek. Aktarma ücretleri ise ilk 60 dakika içinde indirimli olmaya devam edecek. Muhalefet grubu, zammın asgari ücretteki artışın üzerinde olduğunu ve dar gelirli vatandaşları zor durumda bırakacağını savunarak karşı oy kullandı. Belediye yönetimi ise akaryakıt ve bakım maliyetlerindeki artışı gerekçe göstererek, zamma rağmen ücretlerin diğer büyükşehirlere göre hâlâ düşük olduğunu belirtti. Ayrıca, sabah 06.00-07.00 arasında biniş yapanlara yüzde 25 indirim uygulanacağı açıklandı. Meclis toplantısında ayrıca metro hattının uzatılması için kredi kullanılmasına da onay verildi; projenin iki yıl içinde tamamlanması planlanıyor.

Bu haberi üç cümlede özetle."""),
(0, "summarization", "tr", "before", "code", None, """Kod inceleme yorumlarını özetleyip bana yapılacaklar listesi çıkarır mısın?

İnceleyen 1 (Onur): `SiparisServisi.olustur()` içinde veritabanı işlemi doğrulamadan önce başlatılıyor; doğrulama başarısız olursa bağlantı boşuna tutuluyor. Doğrulamayı yukarı al.
İnceleyen 1 (Onur): 86400 gibi sihirli sayılar kullanma, sabit tanımla ya da timedelta kullan.
İnceleyen 2 (Deniz): Boş sepet durumu için test yok, ekler misin?
İnceleyen 2 (Deniz): Loglamayı print ile yapma, logger kullan; canlıda print'i kimse görmüyor.
İnceleyen 1 (Onur): İade fonksiyonunda hata olursa kullanıcıya sadece "Hata" yazıyor, anlaşılır bir mesaj göster.
İnceleyen 1 (Onur): Geri kalanı iyi, düzeltmelerden sonra onaylarım. Bu arada commit mesajlarını da biraz daha açıklayıcı yazarsan sevinirim, "fix" tek başına pek bir şey anlatmıyor.
İnceleyen 2 (Deniz): Değişken isimleri çok anlaşılır, eline sağlık.
İnceleyen 2 (Deniz): Bir de README'ye yeni ortam değişkenini eklemeyi unutma, yoksa başkaları projeyi ayağa kaldıramaz."""),
(0, "classification", "tr", "before", "list", None, """Bu haber başlıklarını kategorilere ayır: siyaset, ekonomi, spor, kültür-sanat, asayiş/kaza.

1. Fenerbahçe Avrupa'da çeyrek finale yükseldi
2. TBMM'de yeni vergi paketi kabul edildi
3. Borsa İstanbul günü yüzde 2 yükselişle kapattı
4. Anadolu Otoyolu'nda zincirleme kaza: 9 yaralı
5. İstanbul Film Festivali'nin programı açıklandı
6. Akaryakıta yeni zam: benzinin litresi 1,20 TL arttı
7. Milli güreşçi Avrupa şampiyonu oldu
8. Konya'da bir depoda yangın çıktı
9. Seçim kurulu yerel seçim takvimini açıkladı
10. Ünlü ressamın retrospektif sergisi Ankara'da açılıyor
11. Merkez Bankası faiz oranını sabit tuttu
12. Kayseri'de tır devrildi, sürücü hafif yaralandı
13. Cumhurbaşkanlığı kabinesinde iki bakanlıkta görev değişikliği
14. Beşiktaş yeni teknik direktörüyle sözleşme imzaladı
15. Asgari ücret tespit komisyonu ilk toplantısını yaptı
16. Ünlü yönetmenin yeni filmi Venedik'te ödül aldı
17. İzmir'de kontrolden çıkan otomobil duvara çarptı: 2 yaralı"""),
(0, "classification", "tr", "before", "reviews", None, """Bu restoran yorumlarına iki etiket koy: duygu (olumlu/olumsuz/nötr) ve konu (yemek/servis/fiyat/ortam). Biçim: numara - duygu - konu

1. İskender efsane, tereyağı masada dökülüyor, yoğurt taze.
2. Garson siparişimizi unuttu, üç kere hatırlatmak zorunda kaldık.
3. İki kişi 2.400 TL hesap ödedik, porsiyonlara göre çok pahalı.
4. Teras katında oturduk, akşam Boğaz manzarası büyüleyiciydi.
5. Sıradan bir yer, özel bir şey yok.
6. Mercimek çorbası aşırı tuzluydu, pideler soğuk geldi.
7. Rezervasyonumuz yoktu ama müdür bey bize hemen masa ayarladı.
8. Sadece nakit kabul ediyorlar, bu devirde garip.
9. Künefe sıcacık ve çıtır, kesinlikle tekrar geleceğiz.
10. Masalar yapış yapıştı, tuvaletler temiz değildi.
11. Çocuk menüsü olması çok iyi düşünülmüş, oğlumuz bayıldı.
12. Ana caddeye yakın ama park yeri bulmak imkânsız.
13. Ayran köpüklü ve buz gibi, tam kıvamında."""),
(0, "classification", "tr", "before", "list", None, """Bu cümleleri anlamına göre sınıflandır: olumlu, olumsuz, soru, ünlem, emir.

1. Yarın okula gelecek misin?
2. Vay be, ne güzel bir manzara!
3. Kapıyı kapat.
4. Bu filmi daha önce izlemedim.
5. Güneş doğudan doğar.
6. Lütfen sessiz olun.
7. Bu akşam yemeğe gelir misiniz?
8. Hiç bu kadar yorulmamıştım."""),
(1, "creative_writing", "tr", "none", "none", None, """Muhasebe bölümümüzden Hüsnü Bey 32 yıl sonra emekli oluyor, veda yemeğinde 3 dakikalık bir konuşma yapacağım. Bazı detaylar: her sabah herkesten önce gelir, çayı kendisi demlerdi; her yeni gelen çalışana ilk gün kendi sefer tasından yemek ikram ederdi; 1999 depreminde arşivdeki bütün dosyaları tek gecede üst kata taşımıştı; tek kötü huyu, her toplantıda Zeki Müren şarkıları mırıldanmasıydı. Konuşmada biraz hafif espri olsun, sonra saygı ve teşekkür, en sonda da iyi dilekler. Çok ağır bir dil istemiyorum, içten ve sade olsun."""),
(1, "creative_writing", "tr", "after", "notes", None, """Bilgiler:
- Kedimiz kayboldu, turuncu-beyaz tekir, erkek, 3 yaşında, adı "Limon"
- 5 Mayıs gecesi Kadıköy Moda'dan kaçtı, havai fişek sesinden korktu
- Boynunda mavi tasma ve zil var
- Çok ürkek, yakalamaya çalışmayın, sadece fotoğraf çekip arayın
- Ödül verilecek

Mahalle grubu ve Instagram için kayıp kedi ilanı yazar mısın? İnsanlar sonuna kadar okusun ve paylaşmak istesin. Numarayı ben eklerim."""),
(1, "open_qa", "tr", "after", "form", None, """Kan tahlilimde şu değerler kırmızı çıkmış:
- HbA1c: %6,3 (normal < 5,7)
- Açlık kan şekeri: 118 mg/dL (normal 70–100)
- D vitamini: 11 ng/mL (normal 30–100)
- B12: 160 pg/mL (normal 200–900)
- TSH: 5,8 (normal 0,4–4,5)
38 yaşında erkeğim, masa başı çalışıyorum, 1,70 boyunda 84 kiloyum. Babamda şeker hastalığı var.

Bu değerler ne anlama geliyor? Şeker hastası mı oldum? Önce hangisiyle ilgilenmeliyim ve hangi doktora gitmeliyim?"""),
(1, "general_qa", "tr", "after", "table", None, """Kız kardeşimin düğün bütçesi (toplam 600 bin TL düşünmüştük ama hesap 800 bine çıktı):
Kalem | Tahmini (TL)
Düğün salonu + süsleme | 230.000
Yemek (400 kişi) | 200.000
Takı | 150.000
Gelinlik, damatlık, aile kıyafetleri | 75.000
Fotoğraf + video | 60.000
Kına gecesi | 40.000
Davetiye ve nikah şekeri | 30.000
Orkestra, davul-zurna | 15.000

Düğün sönük görünmeden ve akrabalar laf etmeden 200 bin lirayı nereden kısabiliriz? Somut öneriler verir misin?"""),
(0, "summarization", "tr", "none", "none", None, """İnce Memed'in konusunu 4-5 cümlede anlatır mısın"""),
(0, "summarization", "tr", "none", "none", None, """Babam ve Oğlum filmi neyi anlatıyor, kısaca"""),
(0, "summarization", "tr", "none", "none", None, """Eşkıya filminin hikâyesi, spoiler olabilir, kısa"""),
(0, "summarization", "tr", "none", "none", None, """Saatleri Ayarlama Enstitüsü'nü birkaç cümleyle özetle"""),
(0, "summarization", "tr", "after", "chat", None, """Can: yarın maç var mı?
Emre: 19.00 halı saha
Can: ben 20'de gelebilirim
Burak: topum yok, getiren?
Emre: ben getiririm, sen yelek getir
Burak: tamam
Can: maçtan sonra çay bahçesi?
Emre: olur

bunu tek cümleyle özetle"""),
(0, "summarization", "tr", "before", "prose", None, """Bu duyuru ne anlatıyor, tek cümle: "Şubemiz yarın yıllık denetim nedeniyle saat 14.00'e kadar nakit işlem yapacaktır. İnternet ve mobil şube hizmetleri normal şekilde devam edecektir." """),
(0, "classification", "tr", "before", "prose", None, """Bu cümle resmi mi, günlük konuşma dili mi? "Kanka yarın derse geliyon mu, yoksa kırıyor muyuz?" """),
(0, "classification", "tr", "before", "list", None, """Hangileri il merkezi: Bodrum, Muğla, Alanya, Antalya, İnegöl, Bursa"""),
(0, "classification", "tr", "before", "prose", None, """Bu ironi mi? "Aferin, sınavdan bir gece önce çalışmaya başlamak harika bir plan" """),
(0, "classification", "tr", "before", "reviews", None, """Olumlu mu olumsuz mu? "Fiyatına göre idare eder" """),
(0, "classification", "tr", "before", "list", None, """Hangisi farklı: bağlama, kanun, ud, davul, ney — tek kelimeyle neden"""),
(0, "classification", "tr", "before", "prose", None, """Spam mı? "Sadece 99 TL'ye 5 kilo verin, hemen arayın!!!" """),
(1, "creative_writing", "tr", "none", "none", None, """Arkadaşımın doğum günü için komik bir dörtlük"""),
(1, "creative_writing", "tr", "none", "none", None, """Bisiklet tamir dükkânım için akılda kalan bir slogan"""),
(1, "creative_writing", "tr", "none", "none", None, """Pazartesi sabahı işe gidenler için 5 motive edici cümle, biraz esprili"""),
(1, "creative_writing", "tr", "none", "none", None, """Çay üzerine dört dizelik kısa bir şiir yaz"""),
(1, "open_qa", "tr", "none", "none", None, """Virüse antibiyotik neden işe yaramaz?"""),
(1, "open_qa", "tr", "none", "none", None, """Van Gölü neden sodalı, balık nasıl yaşıyor?"""),
(1, "open_qa", "tr", "none", "none", None, """Enflasyonu bir pazar tezgâhı örneğiyle anlatır mısın?"""),
(1, "open_qa", "tr", "none", "none", None, """Boğaz köprüleri neden asma köprü olarak yapıldı?"""),
(1, "general_qa", "tr", "none", "none", None, """Patron cumartesi de çalışmamı istiyor, nasıl kibarca hayır derim?"""),
(1, "general_qa", "tr", "none", "none", None, """MHRS'den randevu bulamıyorum, boşalan randevuyu yakalamanın yolu var mı?"""),
]
